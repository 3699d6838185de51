// The kiosk's layout: the orientation set for the showroom (landscape or
// portrait), or else the screen's shape, as data-orient on the page.

export function orientation(setting) {
  var html = document.documentElement;
  function orient() {
    var o = setting === "landscape" || setting === "portrait" ? setting :
      (window.innerWidth < window.innerHeight ? "portrait" : "landscape");
    html.setAttribute("data-orient", o);
  }
  window.addEventListener("resize", orient);
  orient();
}
