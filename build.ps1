<#
.SYNOPSIS
Builds, tests and demonstrates ImgurPS.

.DESCRIPTION
Build (default): compiles the solution and lays out out/ImgurPS as an importable module folder.
Test:  Build, then the xunit tests of the client (on net10.0, and on net48 under Mono outside Windows) and the
       Pester suite against the built module and a live emulator; ends with the line "N passed, N failed,
       N skipped" and a non-zero exit code on any failure or skip. Installs Chromium for the browser sign-in
       test, and Mono, on Debian as root, and stops when it cannot.
Demo:  Build, start the emulator, and run samples/Demo.ps1 against it.
Package: Build, then pack out/ImgurPS into out/ImgurPS.<version>.nupkg with PSResourceGet.
Bench: Build, then run bench/Invoke-Benchmarks.ps1 and write out/benchmarks.md: every section (loopback, latency,
       scale, floor), or those named with -Section; -Quick for a short run (the loopback section alone without -Section).

.EXAMPLE
dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench')]
    [string] $Task = 'Build',

    # With -Task Bench: fewer and smaller runs; without -Section, the loopback section alone, about a minute.
    [switch] $Quick,

    # With -Task Bench: the sections to run (Loopback, Latency, Scale, Floor); all of them by default.
    [ValidateSet('Loopback', 'Latency', 'Scale', 'Floor')]
    [string[]] $Section,

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'ImgurPS'
$resultsDir = Join-Path $out 'test-results'

function Invoke-Native {
    param([string] $Command, [string[]] $Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Command $($Arguments -join ' ')' failed with exit code $LASTEXITCODE." }
}

function New-EmulatorToolPackage {
    <# Packs the emulator as a .NET tool (command imgur-emulator) into the folder, and returns the .nupkg. #>
    param([Parameter(Mandatory)] [string] $OutputFolder)
    Invoke-Native dotnet @('pack', (Join-Path $root 'src/ImgurPS.Emulator'), '-c', $Configuration, '-o', $OutputFolder, '--nologo', '-v', 'quiet')
    Get-ChildItem -LiteralPath $OutputFolder -Filter 'ImgurPS.Emulator.*.nupkg' | Sort-Object LastWriteTime | Select-Object -Last 1
}

function Invoke-ChildPwsh {
    param([string[]] $Arguments)
    # 'dotnet pwsh' finds the pinned PowerShell through the repo's tool manifest.
    Push-Location $root
    try { & dotnet pwsh -NoProfile -NonInteractive @Arguments } finally { Pop-Location }
}

function Build-Module {
    Invoke-Native dotnet @('build', (Join-Path $root 'ImgurPS.sln'), '-c', $Configuration, '--nologo', '-v', 'quiet', '-clp:NoSummary')

    Remove-Item -LiteralPath $moduleOut -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $moduleOut
    $bin = Join-Path $root "src/ImgurPS/bin/$Configuration/netstandard2.0"
    $httpBin = Join-Path $root "src/ImgurPS.Http/bin/$Configuration/netstandard2.0"
    Copy-Item -LiteralPath (Join-Path $root 'ImgurPS.psd1'), (Join-Path $root 'src/ImgurPS/ImgurPS.Format.ps1xml'), (Join-Path $bin 'ImgurPS.dll') -Destination $moduleOut

    # Everything ImgurPS depends on sits in dependencies/, where only ImgurPS's resolver finds it: PowerShell's
    # own probing of the module folder would otherwise load it into the shared context (see DependencyLoader.cs).
    $dependencies = New-Item -ItemType Directory -Path (Join-Path $moduleOut 'dependencies')
    Get-ChildItem -Path (Join-Path $bin '*.dll'), (Join-Path $httpBin '*.dll') |
        Where-Object Name -NE 'ImgurPS.dll' |
        Copy-Item -Destination $dependencies -Force
    Build-Help
    Write-Host "Built module: $moduleOut"
}

function Build-Help {
    # docs/help is PlatyPS markdown: PlatyPS turns it into MAML where a machine has it, our converter elsewhere.
    $helpOut = Join-Path $moduleOut 'en-US'
    $source = Join-Path $root 'docs/help'
    if (Get-Module -ListAvailable -Name platyPS) {
        Import-Module platyPS
        $null = New-ExternalHelp -Path $source -OutputPath $helpOut -Force
    }
    else {
        & (Join-Path $root 'build/ConvertTo-MamlHelp.ps1') -HelpFolder $source -OutputFile (Join-Path $helpOut 'ImgurPS.dll-Help.xml')
        # An about topic is plain text: the markdown without its heading marks and code fences.
        $about = Join-Path $source 'about_ImgurPS.md'
        if (Test-Path -LiteralPath $about) {
            Get-Content -LiteralPath $about | Where-Object { $_ -notmatch '^```' } | ForEach-Object { $_ -replace '^#+\s*', '' } |
                Set-Content -LiteralPath (Join-Path $helpOut 'about_ImgurPS.help.txt')
        }
    }
}

function Get-PesterManifest {
    Invoke-Native dotnet @('restore', (Join-Path $root 'build/Tools.csproj'), '--nologo', '-v', 'quiet')
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $manifest = Join-Path $packages.Trim() 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) { throw "Pester 5.7.1 was not restored to '$manifest'." }
    $manifest
}

function Install-DebianPackage {
    <# Installs what a test needs with apt-get, as root on Debian; anywhere else it stops and says what to install. #>
    param([Parameter(Mandatory)] [string] $Purpose, [Parameter(Mandatory)] [string[]] $Arguments)
    if (-not $IsLinux -or -not (Get-Command apt-get -ErrorAction Ignore) -or (& id -u) -ne '0') {
        throw "$Purpose, which is not installed and cannot be installed here. Install it (on Debian, as root: apt-get install $($Arguments -join ' ')) and run the tests again."
    }
    Write-Host "Installing $($Arguments[-1]): $Purpose..."
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    Invoke-Native apt-get (@('install', '-y', '-qq') + $Arguments)
}

function Install-Chromium {
    # The browser sign-in test drives a real headless Chromium and fails without it; Debian's package provides it.
    if (Get-Command chromium, chromium-browser -ErrorAction Ignore) { return }
    Install-DebianPackage -Purpose 'The browser sign-in test needs Chromium' -Arguments 'chromium'
}

function Install-Mono {
    # Off Windows, the net48 client tests run on Mono. Debian's mono-devel has the netstandard facade that netstandard2.0
    # assemblies need on Mono; mono-runtime alone lacks it, and mono-complete adds only what these tests never use.
    $mono = Get-Command mono -ErrorAction Ignore
    if ($mono -and (Test-Path -LiteralPath (Join-Path (Split-Path (Split-Path $mono.Source)) 'lib/mono/4.5/Facades/netstandard.dll'))) { return }
    Install-DebianPackage -Purpose 'The net48 client tests need Mono with its netstandard facade' -Arguments '--no-install-recommends', 'mono-devel'
}

function Install-Node {
    # The third-party client conformance run drives the npm imgur package; Debian's nodejs and npm provide Node.
    if (Get-Command node, npm -ErrorAction Ignore | Select-Object -Skip 1) { return }
    Install-DebianPackage -Purpose 'The npm imgur conformance run needs Node.js and npm' -Arguments 'nodejs', 'npm'
}

function Get-PlatformExclusion {
    <# The tags (Pester) and Platform traits (xunit) of tests that cannot run on this OS, with the reason for each. #>
    (Import-PowerShellDataFile (Join-Path $root 'tests/PlatformExclusions.psd1'))[$(if ($IsWindows) { 'Windows' } else { 'Unix' })]
}

function New-TestCount {
    param([int] $Passed, [int] $Failed, [int] $Skipped)
    # A run that passed nothing proved nothing: it counts as a failure.
    if ($Passed + $Failed + $Skipped -eq 0) { $Failed = 1 }
    [pscustomobject]@{ Passed = $Passed; Failed = $Failed; Skipped = $Skipped }
}

function Read-TrxCount {
    <# Passed, failed and skipped tests of a trx file; a missing file is one failure. #>
    param([Parameter(Mandatory)] [string] $Path)
    if (-not (Test-Path -LiteralPath $Path)) { return New-TestCount -Failed 1 }
    $counters = ([xml](Get-Content -LiteralPath $Path -Raw)).TestRun.ResultSummary.Counters
    # xunit reports a skipped test as notExecuted; every outcome that is neither passed nor skipped is a failure.
    $skipped = [int]$counters.notExecuted + [int]$counters.inconclusive + [int]$counters.pending + [int]$counters.notRunnable
    New-TestCount -Passed $counters.passed -Failed ([int]$counters.total - [int]$counters.passed - $skipped) -Skipped $skipped
}

function Invoke-XunitRun {
    <#
    Runs the client tests on one target framework into a trx file of its own, leaving out the tests this OS cannot
    run, and counts them. net48 is the .NET Framework 4.8 API surface that Windows PowerShell 5.1 runs on: native on
    Windows, elsewhere on Mono (VSTest starts the net48 test host with mono).
    #>
    param([Parameter(Mandatory)] [ValidateSet('net10.0', 'net48')] [string] $Framework)
    $trxName = "xunit-$Framework.trx"
    $trx = Join-Path $resultsDir $trxName
    Remove-Item -LiteralPath $trx -ErrorAction Ignore
    $exclusion = Get-PlatformExclusion
    foreach ($trait in $exclusion.Keys) { Write-Host "Excluding xunit tests with the trait Platform=$($trait): $($exclusion[$trait])." }
    $filter = @($exclusion.Keys | ForEach-Object { "Platform!=$_" })
    if ($Framework -eq 'net48' -and -not $IsWindows) {
        Install-Mono | Out-Host
    }
    & dotnet test (Join-Path $root 'tests/ImgurPS.Tests/ImgurPS.Tests.csproj') -f $Framework -c $Configuration --no-build --nologo `
        --filter ($filter -join '&') --logger "trx;LogFileName=$trxName" --results-directory $resultsDir | Out-Host
    Read-TrxCount -Path $trx
}

function Invoke-PesterRun {
    <# Runs the Pester suite in a child pwsh against the built module and counts it. #>
    $resultFile = Join-Path $resultsDir 'pester.json'
    Remove-Item -LiteralPath $resultFile -ErrorAction Ignore
    Invoke-ChildPwsh @('-File', (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-ModulePath', $moduleOut, '-PesterPath', (Get-PesterManifest), '-ResultFile', $resultFile) | Out-Host
    if (-not (Test-Path -LiteralPath $resultFile)) { return New-TestCount -Failed 1 }
    $counts = Get-Content -LiteralPath $resultFile -Raw | ConvertFrom-Json
    New-TestCount -Passed $counts.Passed -Failed $counts.Failed -Skipped $counts.Skipped
}

function Invoke-Tests {
    $null = New-Item -ItemType Directory -Path $resultsDir -Force
    Install-Chromium
    Install-Node

    $runs = [ordered]@{}
    Write-Host 'Running the xunit tests of the client...'
    $runs['xunit'] = Invoke-XunitRun -Framework net10.0
    Write-Host "Running the xunit tests of the client on net48$(if (-not $IsWindows) { ' under Mono' })..."
    $runs['xunit net48'] = Invoke-XunitRun -Framework net48
    Write-Host 'Running the Pester suite against the built module and the emulator...'
    $runs['Pester'] = Invoke-PesterRun

    foreach ($name in $runs.Keys) {
        Write-Host "${name}: $($runs[$name].Passed) passed, $($runs[$name].Failed) failed, $($runs[$name].Skipped) skipped"
    }
    $total = $runs.Values | Measure-Object -Property Passed, Failed, Skipped -Sum
    $passed, $failed, $skipped = $total.Sum
    # The closing line; a skipped test fails the run like a failed one: each one is a claim left unchecked.
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $skipped -gt 0) { exit 1 }
}

function Invoke-Demo {
    Import-Module (Join-Path $root 'src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
    $emulator = Start-ImgurEmulator -Path (Join-Path $root "src/ImgurPS.Emulator/bin/$Configuration/net10.0/ImgurPS.Emulator.dll")
    try {
        Write-Host "Imgur emulator running at $($emulator.BaseUri)"
        Invoke-ChildPwsh @('-File', (Join-Path $root 'samples/Demo.ps1'), '-BaseUri', $emulator.BaseUri, '-ModulePath', $moduleOut)
        if ($LASTEXITCODE -ne 0) { throw "The demo failed with exit code $LASTEXITCODE." }
    }
    finally {
        $emulator | Stop-ImgurEmulator
        Write-Host 'Imgur emulator stopped.'
    }
}

Build-Module
switch ($Task) {
    'Test' { Invoke-Tests }
    'Demo' { Invoke-Demo }
    'Bench' {
        $sections = if ($Section) { @{ Section = $Section } } else { @{} }
        & (Join-Path $root 'bench/Invoke-Benchmarks.ps1') -ModulePath $moduleOut -Quick:$Quick @sections -ReportFile (Join-Path $out 'benchmarks.md') `
            -EmulatorPath (Join-Path $root "src/ImgurPS.Emulator/bin/$Configuration/net10.0/ImgurPS.Emulator.dll")
    }
    'Package' {
        $package = & (Join-Path $root 'build/New-ModulePackage.ps1') -ModulePath $moduleOut -OutputFolder $out
        Write-Host "Package: $($package.FullName)"
        $tool = New-EmulatorToolPackage -OutputFolder $out
        Write-Host "Emulator tool: $($tool.FullName) (dotnet tool install ImgurPS.Emulator --add-source $out)"
    }
}
