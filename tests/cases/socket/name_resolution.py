import socket
print(socket.gethostbyname("localhost"))
print(socket.gethostbyname("127.0.0.1"))
print(isinstance(socket.gethostname(), str) and len(socket.gethostname()) > 0)
infos = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print(infos)
print(socket.getaddrinfo("127.0.0.1", "8080", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM))
print(sorted(set(i[4][0] for i in socket.getaddrinfo("localhost", 0, socket.AF_INET))))
print(socket.inet_aton("192.168.1.10"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(1))
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror", e.errno, e)
try:
    socket.inet_aton("300.1.1.1")
except OSError as e:
    print(e)
