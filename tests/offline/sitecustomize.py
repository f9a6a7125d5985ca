"""Loaded through PYTHONPATH by the offline test: every IP socket connection is refused.

Unix sockets stay open: the notebook kernel talks to its client over IPC sockets.
"""

import os
import socket

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _refuse(what):
    raise ConnectionRefusedError(f"network access blocked by the offline test: {what}")


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(address)
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(address)
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    _refuse(host)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
os.environ["NETWORK_BLOCKED"] = "1"
