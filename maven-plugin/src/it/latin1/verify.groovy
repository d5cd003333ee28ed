import java.nio.charset.StandardCharsets
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/generated-sources/lens/it/latin')
def v2 = dir.listFiles().find { it.name.endsWith('V2.java') }
assert v2 != null : "no V2 record in ${dir.list()}"
// written in ISO-8859-1: 'ö' is one byte (0xF6); '€' and '✓' are Unicode escapes
byte[] bytes = v2.bytes
assert bytes.any { it == (byte) 0xF6 }
def text = new String(bytes, StandardCharsets.ISO_8859_1)
assert text.contains('höhe')
def lenses = new String(dir.listFiles().find { it.name.endsWith('Lenses.java') }.bytes, StandardCharsets.ISO_8859_1)
assert lenses.contains('\\u2713') || text.contains('\\u2713')
assert new File(basedir, 'target/classes/it/latin').list().length > 0
return true
