// The build failed (invoker.properties) for this reason and no other: javac refused the import of a package the
// SDK's module does not export.
String log = new File(basedir, 'build.log').getText('UTF-8')
String expected = 'package io.beyondwords.internal.http is declared in module io.beyondwords, which does not export it'
assert log.contains(expected) : "expected javac to say: ${expected}"
assert log.contains('BUILD FAILURE')
