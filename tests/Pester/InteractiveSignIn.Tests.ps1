BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-FreeRedirectUri { "http://127.0.0.1:$(Get-FreeLoopbackPort)/" }

    # Real tokens of the seeded user, as Imgur's redirect would carry them.
    function Get-SeededUserToken($Credential) {
        Invoke-RestMethod -Method Post -Uri "$(Get-EmulatorUri)oauth2/token" -Body @{
            grant_type = 'refresh_token'; client_id = $Credential.clientId
            client_secret = $Credential.clientSecret; refresh_token = $Credential.refreshToken
        }
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

    # A stand-in browser that sends its requests one after another from a thread job, each waiting for its answer,
    # so the order in which the listener sees them is certain. It gets the redirect address, the state and $Token;
    # the job is left in $Seen.Job.
    function New-SequencedBrowser([hashtable] $Seen, [scriptblock] $Requests, $Token) {
        {
            param($consentUrl)
            $query = [System.Web.HttpUtility]::ParseQueryString(([uri]$consentUrl).Query)
            $Seen.Job = Start-ThreadJob -ScriptBlock $Requests -ArgumentList $query['redirect_uri'], $query['state'], $Token -InitializationScript {
                # Headers and the start of a body that never comes; the connection stays open until disposed.
                function Open-StalledCallback([uri] $redirectUri) {
                    $client = [System.Net.Sockets.TcpClient]::new($redirectUri.Host, $redirectUri.Port)
                    $head = "POST /imgurps-callback HTTP/1.1`r`nHost: $($redirectUri.Authority)`r`nContent-Type: text/plain`r`nContent-Length: 4096`r`n`r`naccess_token="
                    $bytes = [System.Text.Encoding]::ASCII.GetBytes($head)
                    $client.GetStream().Write($bytes, 0, $bytes.Length)
                    Start-Sleep -Milliseconds 300
                    $client
                }
            }
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
        $token = Get-SeededUserToken $credential
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

    It 'signs in with -Credential, and its refresh token connects again unattended (the runbook round trip)' {
        $token = Get-SeededUserToken $credential
        $approve = New-FakeBrowser {
            param($http, $redirectUri, $state)
            $fragment = "access_token=$($token.access_token)&expires_in=3600&token_type=bearer&refresh_token=$($token.refresh_token)&account_username=$($token.account_username)&account_id=$($token.account_id)&state=$state"
            $http.PostAsync("$($redirectUri)imgurps-callback", [System.Net.Http.StringContent]::new($fragment))
        }.GetNewClosure()
        $app = [pscredential]::new($credential.clientId, (ConvertTo-SecureString $credential.clientSecret -AsPlainText -Force))

        $signedIn = Connect-Imgur -Credential $app -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $approve -SignInTimeoutSec 20 -PassThru
        $kept = $signedIn.GetRefreshToken()
        $unattended = Connect-Imgur -Credential $app -RefreshToken $kept -BaseUri (Get-EmulatorUri) -PassThru

        $signedIn.ClientId | Should -Be $credential.clientId
        $signedIn.CanRefresh | Should -BeTrue
        $kept | Should -BeOfType securestring
        $unattended.Account | Should -Be $credential.username
        (Test-ImgurConnection -Connection $unattended).AccountUsername | Should -Be $credential.username
    }

    It 'reports a denied consent clearly' {
        $deny = New-FakeBrowser { param($http, $redirectUri, $state) $http.GetAsync("$($redirectUri)?error=access_denied&state=$state") }

        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $deny -SignInTimeoutSec 20 } |
            Should -Throw -ErrorId 'ImgurSignInDenied*' -ExpectedMessage '*not approved*'
    }

    It 'ignores answers that do not carry its state and keeps waiting for the real one' {
        $token = Get-SeededUserToken $credential
        $seen = @{}
        # Any local process or web page can reach the listener: these arrive first, each answered before the next.
        $browser = New-SequencedBrowser $seen {
            param($redirectUri, $state, $token)
            $forged = 'access_token=forged-token-4f1e&refresh_token=forged-refresh-77aa&state=0123456789abcdef0123456789abcdef'
            (Invoke-WebRequest -Method Post "$($redirectUri)imgurps-callback" -Body $forged -SkipHttpErrorCheck -TimeoutSec 10).StatusCode
            (Invoke-WebRequest "$($redirectUri)?error=access_denied&state=wrong-state-value" -SkipHttpErrorCheck -TimeoutSec 10).StatusCode
            (Invoke-WebRequest "$($redirectUri)?error=access_denied" -SkipHttpErrorCheck -TimeoutSec 10).StatusCode
            $fragment = "access_token=$($token.access_token)&expires_in=3600&refresh_token=$($token.refresh_token)&account_username=$($token.account_username)&state=$state"
            (Invoke-WebRequest -Method Post "$($redirectUri)imgurps-callback" -Body $fragment -SkipHttpErrorCheck -TimeoutSec 10).StatusCode
        } $token

        $output = Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $browser -SignInTimeoutSec 20 -Verbose 4>&1

        $connection = $output | Where-Object { $_ -is [ImgurPS.Models.ImgurConnection] }
        $connection.Account | Should -Be $credential.username
        $seen.Job | Receive-Job -Wait -AutoRemoveJob | Should -Be @(400, 400, 400, 200)
        $verbose = ($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n"
        $verbose | Should -Match 'Ignored POST /imgurps-callback'
        $verbose | Should -Match 'Ignored GET /'
        $verbose | Should -Not -Match 'forged-token-4f1e|forged-refresh-77aa|wrong-state-value|access_denied'
        $verbose | Should -Not -Match ([regex]::Escape($token.access_token))
    }

    It 'serves the real answer while another connection stalls' {
        $token = Get-SeededUserToken $credential
        $seen = @{}
        $browser = New-SequencedBrowser $seen {
            param($redirectUri, $state, $token)
            $stalled = Open-StalledCallback $redirectUri
            try {
                $fragment = "access_token=$($token.access_token)&expires_in=3600&refresh_token=$($token.refresh_token)&account_username=$($token.account_username)&state=$state"
                (Invoke-WebRequest -Method Post "$($redirectUri)imgurps-callback" -Body $fragment -SkipHttpErrorCheck -TimeoutSec 15).StatusCode
            }
            finally { $stalled.Dispose() }
        } $token

        $connection = Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $browser -SignInTimeoutSec 30

        $connection.Account | Should -Be $credential.username
        $seen.Job | Receive-Job -Wait -AutoRemoveJob | Should -Be 200
    }

    It 'reports a stalled connection and no answer as a timeout' {
        $seen = @{}
        $browser = New-SequencedBrowser $seen {
            param($redirectUri, $state)
            $stalled = Open-StalledCallback $redirectUri
            Start-Sleep -Seconds 6
            $stalled.Dispose()
        }

        { Connect-Imgur -ClientId $credential.clientId -Interactive -RedirectUri $redirect -BaseUri (Get-EmulatorUri) -BrowserCommand $browser -SignInTimeoutSec 3 } |
            Should -Throw -ErrorId 'ImgurSignInTimedOut*' -ExpectedMessage '*-SignInTimeoutSec*'
        $seen.Job | Remove-Job -Force
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
