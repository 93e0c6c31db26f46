BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-FreeRedirectUri {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        "http://127.0.0.1:$port/"
    }

    # A stand-in browser: it answers the listener the way Imgur's redirect and the collector page would, without
    # waiting (the cmdlet starts listening for it only after the browser command returns).
    function New-FakeBrowser([scriptblock] $Answer) {
        {
            param($consentUrl)
            $query = [System.Web.HttpUtility]::ParseQueryString(([uri]$consentUrl).Query)
            $http = [System.Net.Http.HttpClient]::new()
            $null = & $Answer $http $query['redirect_uri'] $query['state']
        }.GetNewClosure()
    }
}

Describe 'Connect-Imgur -Interactive' {
    BeforeEach {
        Reset-Emulator
        $credential = Get-EmulatorCredential
        $redirect = Get-FreeRedirectUri
    }

    It 'opens the consent page for the app with a fresh state and signs in with the tokens posted back' {
        $token = Invoke-RestMethod -Method Post -Uri "$(Get-EmulatorUri)oauth2/token" -Body @{
            grant_type = 'refresh_token'; client_id = $credential.clientId
            client_secret = $credential.clientSecret; refresh_token = $credential.refreshToken
        }
        $seen = @{}
        $approve = New-FakeBrowser {
            param($http, $redirectUri, $state)
            $fragment = "access_token=$($token.access_token)&expires_in=3600&token_type=bearer&refresh_token=$($token.refresh_token)&account_username=$($token.account_username)&account_id=$($token.account_id)&state=$state"
            $http.PostAsync("$($redirectUri)imgurps-callback", [System.Net.Http.StringContent]::new($fragment))
        }
        $recordAndApprove = { param($url) $seen.Consent = $url; & $approve $url }.GetNewClosure()

        $connection = Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $recordAndApprove -SignInTimeoutSec 20

        $connection.AuthMode | Should -Be 'User'
        $connection.Account | Should -Be $credential.username
        $seen.Consent | Should -BeLike "$(Get-EmulatorUri)oauth2/authorize?client_id=$($credential.clientId)&response_type=token&state=*"
        ([System.Web.HttpUtility]::ParseQueryString(([uri]$seen.Consent).Query))['state'] | Should -Match '^[0-9a-f]{32}$'
        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0
    }

    It 'reports a denied consent clearly' {
        $deny = New-FakeBrowser { param($http, $redirectUri, $state) $http.GetAsync("$($redirectUri)?error=access_denied&state=$state") }

        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $deny -SignInTimeoutSec 20 } |
            Should -Throw -ErrorId 'ImgurSignInDenied*' -ExpectedMessage '*not approved*'
    }

    It 'rejects an answer whose state belongs to another sign-in' {
        $forged = New-FakeBrowser {
            param($http, $redirectUri, $state)
            $http.PostAsync("$($redirectUri)imgurps-callback", [System.Net.Http.StringContent]::new('access_token=forged-token&state=0123456789abcdef0123456789abcdef'))
        }

        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $forged -SignInTimeoutSec 20 } |
            Should -Throw -ErrorId 'ImgurSignInStateMismatch*'
    }

    It 'gives up after -SignInTimeoutSec' {
        $clock = [System.Diagnostics.Stopwatch]::StartNew()

        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand { } -SignInTimeoutSec 1 } |
            Should -Throw -ErrorId 'ImgurSignInTimedOut*' -ExpectedMessage '*-SignInTimeoutSec*'
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
    }

    It 'listens only on a loopback http address' {
        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri 'https://example.com/callback' -BrowserCommand { } } |
            Should -Throw -ErrorId 'InvalidArgument*' -ExpectedMessage '*127.0.0.1*'
    }
}
