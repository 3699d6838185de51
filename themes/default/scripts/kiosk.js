// The kiosks' script (kiosk/, kiosk/<showroom>/): the kiosk app and the
// search engine it asks (installed where the browser can search).

import "./search/start.js";
import { kiosk } from "./kiosk/main.js";

kiosk();
