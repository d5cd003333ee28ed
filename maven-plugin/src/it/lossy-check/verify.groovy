def log = new File(basedir, 'build.log').text
// first build: the undeclared loss is a positioned warning and a failed law with its shrunk counterexample
assert log.contains("task.lens:4:5: warning: 'wrap owner' breaks PutGet, CreateGet")
assert log.contains('Task 1 -> 2                  PutGet               FAILED')
assert log.contains('input:        {"owners":["",""]}')
assert log.contains('differs at:   /owners/1')
assert log.contains('replay with:  -Dlens.seed=20240501')
assert log =~ /\d+ of \d+ law checks failed/
// the law checks log one line per document type; the laws one by one only with -X
assert log =~ /Task: \d+ of \d+ law checks passed, \d+ FAILED/
assert !log.contains('GetPut               passed')
// second build: the same lens with 'lossy PutGet, CreateGet' passes
assert log =~ /Task: (\d+) of \1 law checks passed \(\d+ as declared losses\)/
assert log.contains('law checks passed')
assert !log.contains('\tat dev.lensc')
return true
