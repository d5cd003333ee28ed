def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/lens/it/notes')
assert new File(generated, 'NoteV1.java').isFile()
assert new File(generated, 'NoteLenses.java').isFile()
assert new File(basedir, 'target/generated-resources/lens/META-INF/services/dev.lensc.runtime.graph.GeneratedLenses').isFile()
assert log.contains('Nothing to generate: 1 lens file(s) unchanged since the last build')
assert !log.contains('\tat dev.lensc')
assert log.contains('Tests run: 1, Failures: 0')
// lens:help lists every goal
assert log.contains('lens:generate-test')
assert log.contains('lens:check')
return true
