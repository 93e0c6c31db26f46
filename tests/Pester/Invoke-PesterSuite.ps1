<#
.SYNOPSIS
Runs the Pester suite against a built ImgurPS module and a live emulator; writes the counts to a JSON file.
Started by build.ps1 in a child pwsh, so the module loads into a fresh process.

.DESCRIPTION
Tests that cannot run on this operating system carry a tag listed in tests/PlatformExclusions.psd1; the tag
is excluded here, before the run, and the reason printed. A test never decides at run time to skip itself:
Skipped, Inconclusive and any test left out for another reason count as skipped, and build.ps1 fails on them.

.EXAMPLE
dotnet pwsh -NoProfile ./tests/Pester/Invoke-PesterSuite.ps1 -ModulePath ./out/ImgurPS -PesterPath <Pester.psd1> -ResultFile ./out/pester.json -Path ./tests/Pester/Album.Tests.ps1
Runs one test file against the built module and a fresh emulator.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ResultFile,
    # Test files or folders to run; the whole suite by default.
    [string[]] $Path = $PSScriptRoot
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force

$excludedTags = (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../PlatformExclusions.psd1'))[$(if ($IsWindows) { 'Windows' } else { 'Unix' })]
foreach ($tag in $excludedTags.Keys) { Write-Host "Excluding tests tagged $($tag): $($excludedTags[$tag])." }

function Test-ExcludedByTag {
    <# True when the test or one of its enclosing blocks carries an excluded tag. #>
    param($Test)
    $tags = @($Test.Tag)
    for ($block = $Test.Block; $block; $block = $block.Parent) { $tags += $block.Tag }
    [bool]@($tags | Where-Object { $_ -and $excludedTags.ContainsKey($_) })
}

$testConfigHome = Join-Path ([System.IO.Path]::GetTempPath()) "imgurps-tests-$PID"
$emulator = Start-ImgurEmulator
try {
    $env:IMGURPS_EMULATOR_URI = $emulator.BaseUri
    $env:IMGURPS_MODULE_PATH = $ModulePath
    # The user's own saved session and options (Set-ImgurOption -Scope CurrentUser) must not change what the tests
    # see, nor the tests change them: outside Windows they live under XDG_CONFIG_HOME, moved here to an empty folder.
    $env:XDG_CONFIG_HOME = $testConfigHome

    $configuration = New-PesterConfiguration
    $configuration.Run.Path = $Path
    $configuration.Run.PassThru = $true
    $configuration.Filter.ExcludeTag = [string[]]$excludedTags.Keys
    $configuration.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $configuration

    # Pester marks the tests its filter left out NotRun; any other NotRun test was left out for no stated reason.
    $notRun = @($result.NotRun | Where-Object { -not (Test-ExcludedByTag $_) })
    # A failed BeforeAll or a file that cannot load counts as a failure too.
    @{
        Passed  = $result.PassedCount
        Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
        Skipped = $result.SkippedCount + $result.InconclusiveCount + $notRun.Count
    } | ConvertTo-Json | Set-Content -LiteralPath $ResultFile
}
finally {
    $emulator | Stop-ImgurEmulator
    Remove-Item -LiteralPath $testConfigHome -Recurse -Force -ErrorAction Ignore
}
