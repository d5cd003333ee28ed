def out = new File(basedir, 'target/generated-sources/lens')
def service = new File(basedir, 'target/generated-resources/lens/META-INF/services/dev.lensc.runtime.graph.GeneratedLenses')
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/).drop(1)
assert runs.size() == 7
// 1: both generated
assert runs[0].contains('Generated from 2 lens file(s) (a.lens (added), b.lens (added))')
// 2: b.lens excluded: its output removed, a's unchanged
assert runs[1].contains('b.lens (deleted)')
// only the ServiceLoader file changes
assert runs[1].contains('1 file(s) written, 6 unchanged, 6 removed')
// 3: b is back, and one package for all: every file moves to it/flat
assert runs[2].contains('Generated from 2 lens file(s) (b.lens (added)): 13 file(s) written, 0 unchanged, 6 removed')
// 4: no input left: every generated file is removed, the ServiceLoader file too
assert runs[3].contains('a.lens (deleted)')
assert runs[3].contains('removed')
def left = []
out.eachFileRecurse(groovy.io.FileType.FILES) { left << it }
assert left.isEmpty() : "stale generated sources left: $left"
assert !service.exists() : 'the ServiceLoader file of removed lenses is left'
// 5-7: skipped
assert runs[4].contains('Skipping lens:generate (lens.skip=true)')
assert runs[4].contains('Skipping lens:check (lens.skip=true)')
assert runs[5].contains('Skipping lens:check (skipTests=true)')
assert runs[6].contains('Skipping lens:generate-test (maven.test.skip=true)')
assert runs[6].contains('Skipping lens:check (maven.test.skip=true)')
// the state names no absolute path
def state = new File(basedir, 'target/lens-state/generate-default.properties').text
assert !state.contains(basedir.absolutePath)
return true
