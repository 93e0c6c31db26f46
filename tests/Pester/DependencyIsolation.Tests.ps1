BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $manifest = Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1'

    # Real older copies of two of ImgurPS's dependencies, restored by build/Tools.csproj, as another module would bring.
    $packages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
    $olderCopies = @(
        Join-Path $packages 'microsoft.extensions.dependencyinjection.abstractions/6.0.0/lib/netstandard2.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll'
        Join-Path $packages 'microsoft.extensions.http/6.0.0/lib/netstandard2.0/Microsoft.Extensions.Http.dll'
    )

    function Invoke-FreshPwsh([string] $Script) {
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        & $pwsh @prefix -NoProfile -NonInteractive -Command $Script 2>&1 | ForEach-Object { "$_" }
    }

    $loadOlder = ($olderCopies | ForEach-Object { "Add-Type -LiteralPath '$_'" }) -join '; '
    $useImgurPS = "Import-Module '$manifest'; `$null = Connect-Imgur -ClientId '$((Get-EmulatorCredential).clientId)' -BaseUri '$(Get-EmulatorUri)'; (Get-ImgurGallery | Measure-Object).Count"
    $report = '[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq ''Microsoft.Extensions.Http'' } | ForEach-Object { ''{0} in {1}'' -f $_.GetName().Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } | Sort-Object'
}

Describe 'ImgurPS beside other versions of its dependencies' {
    It 'the older copies are there to load' {
        $olderCopies | ForEach-Object { Test-Path -LiteralPath $_ | Should -BeTrue }
    }

    It 'works when another module loaded older versions first' {
        $output = Invoke-FreshPwsh "$loadOlder; $useImgurPS; $report"

        [int]$output[0] | Should -BeGreaterThan 0
        $output | Should -Contain '6.0.0.0 in Default'
        $output | Should -Contain '8.0.0.0 in ImgurPS'
    }

    It 'leaves room for another module to load older versions after it' {
        $output = Invoke-FreshPwsh "$useImgurPS; $loadOlder; $report"

        [int]$output[0] | Should -BeGreaterThan 0
        $output | Should -Contain '6.0.0.0 in Default'
        $output | Should -Contain '8.0.0.0 in ImgurPS'
    }

    It 'keeps its dependencies out of the module root' {
        Get-ChildItem -LiteralPath $env:IMGURPS_MODULE_PATH -Filter *.dll | Select-Object -ExpandProperty Name | Should -Be 'ImgurPS.dll'
    }
}
