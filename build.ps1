<#
.SYNOPSIS
Builds, tests and demonstrates ImgurPS.

.DESCRIPTION
Build (default): compiles the solution and lays out out/ImgurPS as an importable module folder.
Test:  Build, then the xunit tests of the client (on net10.0, and on net48 under Mono outside Windows, installing
       Mono on Debian when run as root) and the Pester suite against the built module and a live emulator; ends
       with the line "N passed, N failed" and a non-zero exit code on any failure.
Demo:  Build, start the emulator, and run samples/Demo.ps1 against it.
Package: Build, then pack out/ImgurPS into out/ImgurPS.<version>.nupkg with PSResourceGet.
Bench: Build, then run bench/Invoke-Benchmarks.ps1 (-Quick for a short run) and write out/benchmarks.md.

.EXAMPLE
dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench')]
    [string] $Task = 'Build',

    # With -Task Bench: fewer and smaller runs, under a minute.
    [switch] $Quick,

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

function Install-Chromium {
    # The browser sign-in test drives a real headless Chromium; Debian's package provides it.
    if (-not $IsLinux -or (Get-Command chromium -ErrorAction Ignore)) { return }
    if (-not (Get-Command apt-get -ErrorAction Ignore) -or (& id -u) -ne '0') {
        Write-Warning 'Chromium is not installed, so the browser sign-in test will be skipped. On Debian: apt-get install chromium.'
        return
    }
    Write-Host 'Installing Chromium for the browser sign-in test...'
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    Invoke-Native apt-get @('install', '-y', '-qq', 'chromium')
}

function Install-Mono {
    # Off Windows, the net48 client tests run on Mono. Debian's mono-devel has the netstandard facade that netstandard2.0
    # assemblies need on Mono; mono-runtime alone lacks it, and mono-complete adds only what these tests never use.
    $mono = Get-Command mono -ErrorAction Ignore
    if ($mono -and (Test-Path -LiteralPath (Join-Path (Split-Path (Split-Path $mono.Source)) 'lib/mono/4.5/Facades/netstandard.dll'))) { return }
    if (-not (Get-Command apt-get -ErrorAction Ignore) -or (& id -u) -ne '0') {
        throw 'The net48 client tests need Mono with its netstandard facade. On Debian, as root: apt-get install --no-install-recommends mono-devel.'
    }
    Write-Host 'Installing Mono for the net48 client tests...'
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    Invoke-Native apt-get @('install', '-y', '-qq', '--no-install-recommends', 'mono-devel')
}

function Get-NotOnMonoTest {
    # The tests marked [NotOnMono("reason")], read from the test assembly's metadata without loading it.
    param([string] $TestAssembly)
    $reader = [System.Reflection.PortableExecutable.PEReader]::new([System.IO.File]::OpenRead($TestAssembly))
    try {
        $metadata = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($reader)
        foreach ($handle in $metadata.CustomAttributes) {
            $attribute = $metadata.GetCustomAttribute($handle)
            if ($attribute.Constructor.Kind -ne 'MethodDefinition' -or $attribute.Parent.Kind -ne 'MethodDefinition') { continue }
            $constructor = $metadata.GetMethodDefinition([System.Reflection.Metadata.MethodDefinitionHandle]$attribute.Constructor)
            if ($metadata.GetString($metadata.GetTypeDefinition($constructor.GetDeclaringType()).Name) -ne 'NotOnMonoAttribute') { continue }
            $test = $metadata.GetMethodDefinition([System.Reflection.Metadata.MethodDefinitionHandle]$attribute.Parent)
            $class = $metadata.GetTypeDefinition($test.GetDeclaringType())
            $arguments = $metadata.GetBlobReader($attribute.Value)
            $null = $arguments.ReadUInt16()   # the prolog that starts every attribute's arguments
            [pscustomobject]@{
                Test   = '{0}.{1}.{2}' -f $metadata.GetString($class.Namespace), $metadata.GetString($class.Name), $metadata.GetString($test.Name)
                Reason = $arguments.ReadSerializedString()
            }
        }
    }
    finally { $reader.Dispose() }
}

function Invoke-Net48ClientTests {
    # The client tests again on the .NET Framework 4.8 API surface that Windows PowerShell 5.1 runs on: natively on
    # Windows, elsewhere on Mono (VSTest starts the net48 test host with mono), less the tests marked [NotOnMono].
    $filter = @()
    if ($IsWindows) { Write-Host 'Running the xunit tests of the client on net48...' }
    else {
        Install-Mono | Out-Host
        Write-Host 'Running the xunit tests of the client on net48 under Mono...'
        foreach ($excluded in Get-NotOnMonoTest (Join-Path $root "tests/ImgurPS.Tests/bin/$Configuration/net48/ImgurPS.Tests.dll")) {
            Write-Host "  Left out under Mono: $($excluded.Test): $($excluded.Reason)"
        }
        $filter = '--filter', 'Mono!=Excluded'
    }

    $trx = Join-Path $resultsDir 'xunit-net48.trx'
    Remove-Item -LiteralPath $trx -ErrorAction Ignore
    & dotnet test (Join-Path $root 'tests/ImgurPS.Tests/ImgurPS.Tests.csproj') -f net48 -c $Configuration --no-build --nologo @filter `
        --logger 'trx;LogFileName=xunit-net48.trx' --results-directory $resultsDir | Out-Host
    if (-not (Test-Path -LiteralPath $trx)) { return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
    $counters = ([xml](Get-Content -LiteralPath $trx -Raw)).TestRun.ResultSummary.Counters
    [pscustomobject]@{
        Passed  = [int]$counters.passed
        Failed  = [int]$counters.total - [int]$counters.passed - [int]$counters.notExecuted
        Skipped = [int]$counters.notExecuted
    }
}

function Invoke-Tests {
    $null = New-Item -ItemType Directory -Path $resultsDir -Force
    Install-Chromium

    Write-Host 'Running the xunit tests of the client...'
    & dotnet test (Join-Path $root 'tests/ImgurPS.Tests/ImgurPS.Tests.csproj') -f net10.0 -c $Configuration --no-build --nologo `
        --logger 'trx;LogFileName=xunit.trx' --results-directory $resultsDir
    $trx = Join-Path $resultsDir 'xunit.trx'
    $xunitPassed = 0; $xunitFailed = 1
    if (Test-Path -LiteralPath $trx) {
        $counters = ([xml](Get-Content -LiteralPath $trx -Raw)).TestRun.ResultSummary.Counters
        $xunitPassed = [int]$counters.passed
        $xunitFailed = [int]$counters.total - [int]$counters.passed
    }

    $net48 = Invoke-Net48ClientTests

    Write-Host 'Running the Pester suite against the built module and the emulator...'
    $pesterResult = Join-Path $resultsDir 'pester.json'
    Remove-Item -LiteralPath $pesterResult -ErrorAction Ignore
    Invoke-ChildPwsh @('-File', (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-ModulePath', $moduleOut, '-PesterPath', (Get-PesterManifest), '-ResultFile', $pesterResult)
    $pesterPassed = 0; $pesterFailed = 1; $pesterSkipped = 0
    if (Test-Path -LiteralPath $pesterResult) {
        $counts = Get-Content -LiteralPath $pesterResult -Raw | ConvertFrom-Json
        $pesterPassed = $counts.Passed
        $pesterFailed = $counts.Failed
        $pesterSkipped = $counts.Skipped
    }

    $passed = $xunitPassed + $net48.Passed + $pesterPassed
    $failed = $xunitFailed + $net48.Failed + $pesterFailed
    $skipped = $net48.Skipped + $pesterSkipped
    Write-Host "xunit: $xunitPassed passed, $xunitFailed failed; xunit net48: $($net48.Passed) passed, $($net48.Failed) failed, $($net48.Skipped) skipped; Pester: $pesterPassed passed, $pesterFailed failed, $pesterSkipped skipped"
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $xunitPassed -eq 0 -or $net48.Passed -eq 0 -or $pesterPassed -eq 0) { exit 1 }
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
        & (Join-Path $root 'bench/Invoke-Benchmarks.ps1') -ModulePath $moduleOut -Quick:$Quick -ReportFile (Join-Path $out 'benchmarks.md') `
            -EmulatorPath (Join-Path $root "src/ImgurPS.Emulator/bin/$Configuration/net10.0/ImgurPS.Emulator.dll")
    }
    'Package' { $package = & (Join-Path $root 'build/New-ModulePackage.ps1') -ModulePath $moduleOut -OutputFolder $out; Write-Host "Package: $($package.FullName)" }
}
