#!/usr/bin/env python3
# gzserve.py DIR PORT: serve the built site in DIR on 127.0.0.1:PORT,
# compressing text (HTML, CSS, JavaScript, JSON, SVG) with gzip as web hosts
# do, for Lighthouse runs that see the transfer sizes visitors get.
import gzip, http.server, os, sys
class H(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split('?')[0].endswith('/'):
                return super().send_head()
            path = os.path.join(path, 'index.html')
        if not os.path.isfile(path) or 'gzip' not in self.headers.get('Accept-Encoding', ''):
            return super().send_head()
        ctype = self.guess_type(path)
        data = open(path, 'rb').read()
        if not (ctype.startswith('text/') or ctype in ('application/javascript', 'application/json', 'image/svg+xml', 'application/xml')):
            return super().send_head()
        body = gzip.compress(data, 6)
        self.send_response(200)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Encoding', 'gzip')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)
    def log_message(self, *a): pass
os.chdir(sys.argv[1])
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[2])), H).serve_forever()
