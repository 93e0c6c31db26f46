BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'The ImgurPS package' {
    It 'installs with Install-PSResource from a local repository and works' {
        $feed = Join-Path $TestDrive 'feed'
        $package = & (Join-Path $PSScriptRoot '../../build/New-ModulePackage.ps1') -ModulePath $env:IMGURPS_MODULE_PATH -OutputFolder $feed
        $package.Name | Should -Match '^ImgurPS\.\d+\.\d+\.\d+\.nupkg$'

        # A fresh pwsh with a home of its own, so the repository and the install touch nothing of this machine's.
        $home_ = Join-Path $TestDrive 'home'
        $null = New-Item -ItemType Directory -Path $home_
        $credential = Get-EmulatorCredential
        $repository = "ImgurPSTest$([guid]::NewGuid().ToString('N').Substring(0, 8))"
        $script = @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name $repository -Uri '$feed' -Trusted
try { Install-PSResource -Name ImgurPS -Repository $repository -Scope CurrentUser -TrustRepository -Quiet }
finally { Unregister-PSResourceRepository -Name $repository }
Import-Module ImgurPS
(Get-Module ImgurPS).ModuleBase
`$null = Connect-Imgur -ClientId '$($credential.clientId)' -BaseUri '$(Get-EmulatorUri)'
(Get-ImgurCredit).ClientLimit
"@
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        # Without an inherited PSModulePath the child builds its own from that home, as a new session would.
        $saved = $env:HOME, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:LOCALAPPDATA, $env:PSModulePath
        try {
            $env:HOME = $home_; $env:XDG_DATA_HOME = $null; $env:XDG_CONFIG_HOME = $null; $env:LOCALAPPDATA = $null
            $env:PSModulePath = $null
            $output = & $pwsh @prefix -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" }
        }
        finally {
            $env:HOME, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:LOCALAPPDATA, $env:PSModulePath = $saved
        }

        $output[0] | Should -BeLike "$home_*" -Because "ImgurPS was imported by name from the installed copy ($($output -join ' | '))"
        [int]$output[-1] | Should -BeGreaterThan 0
    }
}
