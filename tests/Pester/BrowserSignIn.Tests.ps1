BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
}

# build.ps1 -Task Test installs Chromium on Debian, and stops where it cannot; without Chromium these tests fail.
Describe 'Connect-Imgur -Interactive in a real headless Chromium' {
    BeforeAll {
        $chromium = (Get-Command chromium, chromium-browser -ErrorAction Ignore | Select-Object -First 1).Source
        if (-not $chromium) { throw 'Chromium is not installed: on Debian, apt-get install chromium.' }

        function Get-FreeRedirectUri {
            $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
            $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
            "http://127.0.0.1:$port/"
        }

        # The flags this machine's closed network needs: no background traffic, a throwaway profile.
        function New-HeadlessChromium([string] $Folder, [string] $Executable) {
            $null = New-Item -ItemType Directory -Path $Folder -Force
            {
                param($url)
                $arguments = '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
                    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
                    "--user-data-dir=$(Join-Path $Folder 'profile')", '--virtual-time-budget=20000', '--dump-dom', $url
                Start-Process -FilePath $Executable -ArgumentList $arguments -RedirectStandardOutput (Join-Path $Folder 'page.html') -RedirectStandardError (Join-Path $Folder 'chromium.err')
            }.GetNewClosure()
        }

        function Connect-InChromium([string] $ConsentOption, [int] $TimeoutSec = 60) {
            $emulator = Start-ImgurEmulator -ArgumentList @($ConsentOption | Where-Object { $_ })
            try {
                $credential = Invoke-RestMethod "$($emulator.BaseUri)_emulator/credentials"
                $browser = New-HeadlessChromium (Join-Path $TestDrive ([guid]::NewGuid())) $chromium
                Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -Interactive `
                    -RedirectUri (Get-FreeRedirectUri) -BaseUri $emulator.BaseUri -BrowserCommand $browser -SignInTimeoutSec $TimeoutSec
                (Get-ImgurCredit).ClientLimit
            }
            finally { $emulator | Stop-ImgurEmulator }
        }
    }

    It 'approves on the consent page, posts the fragment back from the listener page, and the session works' {
        $connection, $clientLimit = Connect-InChromium '--auto-approve'

        $connection.AuthMode | Should -Be 'User'
        $connection.Account | Should -Be 'emulator-user'
        $connection.CanRefresh | Should -BeTrue
        $clientLimit | Should -BeGreaterThan 0
    }

    It 'reports a denied consent' {
        { Connect-InChromium '--auto-deny' } | Should -Throw -ErrorId 'ImgurSignInDenied*' -ExpectedMessage '*access_denied*'
    }

    It 'gives up when nobody answers the consent page in time' {
        { Connect-InChromium $null -TimeoutSec 5 } | Should -Throw -ErrorId 'ImgurSignInTimedOut*'
    }
}
