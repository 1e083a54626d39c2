// A tiny reverse proxy that adds "Authorization: Bearer $HEXGATE_API_KEY" to every request and forwards it,
// Host and Origin untouched, to $TARGET_URL (the gateway). The MCP conformance suite sends no credentials; the
// gateway refuses requests without them. Listens on 127.0.0.1, on the port given as the first argument (0 = any
// free port), and prints the port it took. Responses, server-sent event streams included, are piped as they come.
import http from 'node:http';

const target = new URL(process.env.TARGET_URL);
const apiKey = process.env.HEXGATE_API_KEY;
if (!apiKey) {
  console.error('HEXGATE_API_KEY is not set');
  process.exit(2);
}

const server = http.createServer((request, response) => {
  const headers = { ...request.headers, authorization: `Bearer ${apiKey}` };
  const upstream = http.request(
    { hostname: target.hostname, port: target.port, method: request.method, path: request.url, headers },
    (answer) => {
      response.writeHead(answer.statusCode, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (!response.headersSent) {
      response.writeHead(502, { 'content-type': 'text/plain' });
    }
    response.end(`proxy: ${error.message}\n`);
  });
  response.on('close', () => upstream.destroy());
  request.pipe(upstream);
});

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(server.address().port);
});
