def log = new File(basedir, 'build.log').text
// first build: the undeclared loss is a positioned warning and a failed law with its shrunk counterexample
assert log.contains("task.lens:4:5: warning: 'wrap owner' breaks PutGet, CreateGet")
assert log.contains('Task 1 -> 2                  PutGet               FAILED')
assert log.contains('input:        {"owners":["",""]}')
assert log.contains('differs at:   /owners/1')
assert log.contains('law check(s) failed')
// second build: the same lens with 'lossy PutGet, CreateGet' passes
assert log.contains('breaks as declared (accepted loss')
assert log.contains('law checks passed')
assert !log.contains('\tat dev.lensc')
return true
