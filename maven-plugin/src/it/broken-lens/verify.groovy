def log = new File(basedir, 'build.log').text
assert log.contains("todo.lens:4:12: error: no field 'isdone' here")
assert log.contains("did you mean 'isDone'?")
assert log.contains("todo.lens:5:20: error:")
assert log =~ /2 errors in lens files; the first: \S*todo.lens:4:12: error: no field 'isdone' here/
assert !log.contains('\tat dev.lensc')
assert !new File(basedir, 'target/generated-sources/lens').exists() || new File(basedir, 'target/generated-sources/lens').list().length == 0
return true
