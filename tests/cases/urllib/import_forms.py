import urllib.parse
print(urllib.parse.quote("a b"))
from urllib import parse
print(parse.unquote("%41"))
import urllib
print(urllib.parse is parse)
