// Each browser test starts its own host and Chromium; on a 2-core machine running them one at a time is faster and steadier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
