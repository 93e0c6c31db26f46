BeforeDiscovery {
    $chromium = (Get-Command chromium, chromium-browser -ErrorAction Ignore | Select-Object -First 1).Source
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
}

# Build.ps1 -Task Test installs Chromium on Debian; elsewhere this end-to-end test is skipped, never passed.
Describe 'Connect-Imgur -Interactive in a real headless Chromium' -Skip:(-not $chromium) {
    BeforeAll {
        $chromium = (Get-Command chromium, chromium-browser -ErrorAction Ignore | Select-Object -First 1).Source
        $emulator = Start-ImgurEmulator -ArgumentList '--auto-approve'
        $credential = Invoke-RestMethod "$($emulator.BaseUri)_emulator/credentials"
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start(); $redirect = "http://127.0.0.1:$($probe.LocalEndpoint.Port)/"; $probe.Stop()

        # The flags the machine's closed network needs: no background traffic, a throwaway profile.
        $profileDir = Join-Path $TestDrive 'chromium-profile'
        $domFile = Join-Path $TestDrive 'last-page.html'
        $headless = {
            param($url)
            $arguments = '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
                "--user-data-dir=$profileDir", '--virtual-time-budget=20000', '--dump-dom', $url
            Start-Process -FilePath $chromium -ArgumentList $arguments -RedirectStandardOutput $domFile -RedirectStandardError (Join-Path $TestDrive 'chromium.err')
        }.GetNewClosure()
    }

    AfterAll { $emulator | Stop-ImgurEmulator }

    It 'approves on the consent page, posts the fragment back from the listener page, and the session works' {
        $connection = Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -Interactive `
            -RedirectUri $redirect -BaseUri $emulator.BaseUri -BrowserCommand $headless -TimeoutSec 60

        $connection.AuthMode | Should -Be 'User'
        $connection.Account | Should -Be $credential.username
        $connection.CanRefresh | Should -BeTrue
        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0
    }
}
