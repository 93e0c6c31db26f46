# Tests that cannot run on an operating system, with the reason. A Pester test carries the tag (-Tag WindowsOnly),
# an xunit test the trait [Trait("Platform", "WindowsOnly")]. build.ps1 and Invoke-PesterSuite.ps1 exclude them
# before the run, from the OS alone, and print the reason: no test probes the machine and skips itself.
@{
    Windows = @{ UnixOnly = 'Unix file modes and XDG folders do not exist on Windows' }
    Unix    = @{ WindowsOnly = 'DPAPI and the per-user LocalAppData store exist only on Windows' }
}
