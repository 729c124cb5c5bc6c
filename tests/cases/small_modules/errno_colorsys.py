import errno
import colorsys

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.ETIMEDOUT, errno.ECONNREFUSED)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[110], len(errno.errorcode))
print(sorted(errno.errorcode.items()) == sorted((v, k) for k, v in errno.errorcode.items() for k in [k]))
print(sorted(k for k, v in errno.errorcode.items())[:10], sorted(errno.errorcode.values())[:8])
try:
    open('/nonexistent/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
colors = [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.9, 0.1, 0.6), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.3, 0.7, 0.1)]
for rgb in colors:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hsv, hls, yiq)
    print('  ', colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(0.99, 0.5, 0.5), colorsys.hls_to_rgb(1.0, 0.6, 0.9), colorsys.hsv_to_rgb(1.0, 1.0, 1.0))
