def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/).drop(1)
assert runs.size() == 3
assert runs[0].contains('BUILD SUCCESS')
assert runs[0].contains('Generated from 1 lens file(s) (a.lens (added))')
assert runs[0].contains('Generated from 1 lens file(s) (b.lens (added))')
assert runs[0].contains('Generated from 1 lens file(s) (fixture.lens (added))')
// the second build: every execution up to date, nothing deleted
assert runs[1].count('Nothing to generate: 1 lens file(s) unchanged since the last build') == 3
assert !runs[1].contains('deleted')
assert runs[1].contains('BUILD SUCCESS')
assert runs[2] =~ /Execution 'beta' of lens:generate would overwrite target\/generated-resources\/lens-alpha\/META-INF\/services\/dev.lensc.runtime.graph.GeneratedLenses, which execution generate-alpha generates/
assert !log.contains('\tat dev.lensc')
return true
