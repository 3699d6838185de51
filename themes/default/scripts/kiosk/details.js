// A kiosk's product details: the d<n>.js files beside its page, loaded
// with <script> elements when a product is opened.

// loader returns details(i), which resolves to the details of product i
// of a kiosk whose files hold chunk products each, or null.
export function loader(chunk) {
  var chunks = {}, pending = {};
  window.ocopKiosk = {
    add: function (n, list) {
      chunks[n] = list;
    }
  };
  return function details(i) {
    var n = Math.floor(i / chunk);
    if (chunks[n]) {
      return Promise.resolve(chunks[n][i % chunk]);
    }
    if (!pending[n]) {
      pending[n] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = "d" + n + ".js";
        s.onload = s.onerror = function () {
          if (!chunks[n]) {
            delete pending[n];
          }
          resolve();
        };
        document.head.appendChild(s);
      });
    }
    return pending[n].then(function () {
      return chunks[n] ? chunks[n][i % chunk] : null;
    });
  };
}
