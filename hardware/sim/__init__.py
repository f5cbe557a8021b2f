"""Device simulators over real OS interfaces (pty, TCP, video file), used by the demo and the tests."""
