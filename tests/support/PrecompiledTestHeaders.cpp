// Compiled only to make one of the three sets of precompiled Qt headers the test programs
// reuse (tests/CMakeLists.txt).
