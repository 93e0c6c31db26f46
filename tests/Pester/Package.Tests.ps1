BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-UserStoreState {
        <# The files of this user's PSResourceGet store, with their content and write time: any write shows. #>
        $store = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet'
        Get-ChildItem -LiteralPath $store -File -Recurse -ErrorAction Ignore |
            ForEach-Object { '{0} {1} {2}' -f $_.FullName, (Get-FileHash -LiteralPath $_.FullName).Hash, $_.LastWriteTimeUtc.Ticks }
    }
}

Describe 'The ImgurPS package' {
    BeforeAll {
        $userStoreBefore = @(Get-UserStoreState)

        $feed = Join-Path $TestDrive 'feed'
        $package = & (Join-Path $PSScriptRoot '../../build/New-ModulePackage.ps1') -ModulePath $env:IMGURPS_MODULE_PATH -OutputFolder $feed

        # A fresh pwsh with a home and a PSResourceGet store of its own, so the repository and the install touch
        # nothing of this machine's. Its data folder is where both PSResourceGet (from HOME) and PowerShell (from
        # XDG_DATA_HOME) look, and must exist: .NET reports a missing one as no folder at all, and PSResourceGet then
        # writes its store into the current directory.
        $home_ = Join-Path $TestDrive 'home'
        $dataHome = New-Item -ItemType Directory -Path (Join-Path $home_ '.local/share')
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
            $env:HOME = $home_; $env:XDG_DATA_HOME = $dataHome.FullName; $env:XDG_CONFIG_HOME = $null; $env:LOCALAPPDATA = $null
            $env:PSModulePath = $null
            $output = & $pwsh @prefix -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" }
        }
        finally {
            $env:HOME, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:LOCALAPPDATA, $env:PSModulePath = $saved
        }
    }

    It 'installs with Install-PSResource from a local repository and works' {
        $package.Name | Should -Match '^ImgurPS\.\d+\.\d+\.\d+\.nupkg$'
        $output[0] | Should -BeLike "$home_*" -Because "ImgurPS was imported by name from the installed copy ($($output -join ' | '))"
        [int]$output[-1] | Should -BeGreaterThan 0
    }

    It 'leaves the user''s own PSResourceGet store as it was, packing and installing alike' {
        @(Get-UserStoreState) | Should -Be $userStoreBefore
    }
}

Describe 'The emulator as a .NET tool' {
    It 'installs from the packed .nupkg into a fresh folder, and imgur-emulator answers like Imgur' {
        $feed = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'tool-feed')
        $fresh = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'fresh')
        dotnet pack (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator') -c Release -o $feed --nologo -v quiet
        $LASTEXITCODE | Should -Be 0
        # Only the packed folder as a source: the install must need nothing else.
        Set-Content -LiteralPath (Join-Path $fresh 'nuget.config') -Value "<configuration><packageSources><clear /><add key='local' value='$feed' /></packageSources></configuration>"
        Push-Location $fresh
        try { dotnet tool install ImgurPS.Emulator --tool-path (Join-Path $fresh 'tools') --configfile (Join-Path $fresh 'nuget.config') }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0

        $port = Get-FreeLoopbackPort
        $command = Join-Path $fresh "tools/imgur-emulator$(if ($IsWindows) { '.exe' })"
        $start = [System.Diagnostics.ProcessStartInfo]::new($command, "--port $port")
        $start.RedirectStandardOutput = $true
        $tool = [System.Diagnostics.Process]::Start($start)
        try {
            $tool.StandardOutput.ReadLine() | Should -Be "Imgur emulator listening on http://127.0.0.1:$port/"
            $credits = Invoke-RestMethod -Uri "http://127.0.0.1:$port/3/credits.json" -Headers @{ Authorization = 'Client-ID emulator-client-id' }
            $credits.data.ClientLimit | Should -Be 12500
        }
        finally { $tool.Kill($true); $tool.WaitForExit() }
    }
}

