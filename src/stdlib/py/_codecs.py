"""The codec functions under the module name CPython gives them (its C module's),
which pickles of bytes made with protocols 0-2 name."""

from codecs import decode, encode, lookup
