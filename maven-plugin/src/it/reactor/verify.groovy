def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/).drop(1)
assert runs.size() == 2
assert runs[0].contains('BUILD SUCCESS')
assert !runs[0].contains('Could not resolve dependencies')
assert runs[0] =~ /No lens files in src\/main\/lens\n/
assert runs[1].contains('BUILD SUCCESS')
assert new File(basedir, 'custom/target/generated-sources/lens/it/custom/CodeLenses.java').isFile()
assert runs[1] =~ /it.custom.Code: (\d+) of \1 law checks passed/
assert !log.contains('\tat dev.lensc')
return true
