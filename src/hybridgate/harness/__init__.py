"""The benchmark harness behind `hybridgate bench`: suites, graders, runner, metrics, report."""
