"""A tornado HTTP server bound to `listen:port`: /metrics (bot/metrics.py) and the Mini App
(bot/webapp_server.py) are served this way."""

from __future__ import annotations

from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets


class BoundServer:
    """A tornado `HTTPServer` on `listen:port` (port 0: any free one, then read `port`)."""

    _server: HTTPServer
    listen: str
    port: int

    async def start(self) -> None:
        sockets = bind_sockets(self.port, self.listen)
        self.port = sockets[0].getsockname()[1]
        self._server.add_sockets(sockets)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()
