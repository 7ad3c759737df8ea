// Compiled only to make the precompiled Qt headers every test program reuses (tests/CMakeLists.txt).
