<#
.SYNOPSIS
Runs the Pester suite against a built ImgurPS module and a live emulator; writes the counts to a JSON file.
Started by build.ps1 in a child pwsh, so the module loads into a fresh process.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ResultFile
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force

$emulator = Start-ImgurEmulator
try {
    $env:IMGURPS_EMULATOR_URI = $emulator.BaseUri
    $env:IMGURPS_MODULE_PATH = $ModulePath

    $configuration = New-PesterConfiguration
    $configuration.Run.Path = $PSScriptRoot
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $configuration

    # A failed BeforeAll or a file that cannot load counts as a failure too.
    @{
        Passed = $result.PassedCount
        Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
        Skipped = $result.SkippedCount
    } | ConvertTo-Json | Set-Content -LiteralPath $ResultFile
}
finally {
    $emulator | Stop-ImgurEmulator
}
