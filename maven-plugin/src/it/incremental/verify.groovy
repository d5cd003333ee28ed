def out = new File(basedir, 'target/generated-sources/lens')
def log = new File(basedir, 'build.log').text
assert new File(out, 'it/a/AlphaLenses.java').isFile()
assert !new File(out, 'it/b/BetaLenses.java').exists() : 'stale output of the excluded b.lens was not removed'
assert log.contains('b.lens (deleted)')
return true
