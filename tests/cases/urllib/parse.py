import urllib.parse
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl

for url in ['http://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag', 'https://example.com', 'file:///etc/passwd',
            '//host/path', '/just/a/path?q', 'mailto:someone@example.com', 'http://[::1]:80/x', 'HTTP://h/%7Euser',
            'path/only', '', 'http://h:abc/', 'git+ssh://git@github.com/a/b.git', '  http://spaced.com/\tpath\n', 'a:b']:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url), p, s.netloc, s.path)
    try:
        port = p.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print('  ', p.scheme, p.hostname, port, p.username, p.password, p.geturl(), urlunsplit(s), urlunparse(p) == p.geturl())
print(urlparse('x', scheme='ftp'), urlsplit('http://h/p#f', allow_fragments=False))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://example.com/dir/', 'file.html'), urljoin('http://example.com/dir', 'file.html'), urljoin('', 'x'), urljoin('http://a/', ''))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl())
for s in ['abc', 'a b&c=d/e?f', 'ünïcødé', '~-._', '', '100%', "it's", '/path/to file']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), unquote(quote(s)), unquote_plus(quote_plus(s)))
print(quote(b'\x00\xff ab'), unquote('%E2%82%AC%20%zz%4'), unquote('%C3'), unquote_plus('a+b%2Bc'), unquote(b'%41b'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü&'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'l': [1, 2]}, doseq=True), urlencode({'l': [1, 2]}))
print(urlencode({'p': '/a b'}, quote_via=quote), urlencode({'p': '/a b'}, safe='/'), urlencode({b'k': b'v v'}))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=&d', keep_blank_values=True), parse_qsl('x=a+b&y=%41%42'), parse_qsl('a=1;b=2', separator=';'))
for bad in [lambda: urlsplit('http://[::1/'), lambda: parse_qsl('a&b', strict_parsing=True), lambda: urlencode('abc'), lambda: parse_qsl('a=1&b=2', max_num_fields=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(urllib.parse.SplitResult('a', 'b', 'c', 'd', 'e')._replace(path='/z').geturl())
