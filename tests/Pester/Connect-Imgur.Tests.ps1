BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $credential = Get-EmulatorCredential
}

Describe 'Connect-Imgur' {
    BeforeEach { Reset-Emulator }

    It 'connects anonymously with a client id and reports the credits' {
        $connection = Connect-Imgur -ClientId $credential.clientId -BaseUri (Get-EmulatorUri)

        $connection | Should -BeOfType ImgurPS.Models.ImgurConnection
        $connection.AuthMode | Should -Be 'Anonymous'
        $connection.ClientId | Should -Be $credential.clientId
        $connection.BaseUri | Should -Be (Get-EmulatorUri)
        $connection.RateLimit.ClientLimit | Should -BeGreaterThan 0
    }

    It 'signs in as a user with a refresh token given as plain strings' {
        $connection = Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret `
            -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri)

        $connection.AuthMode | Should -Be 'User'
        $connection.Account | Should -Be $credential.username
        $connection.AccessTokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        $connection.CanRefresh | Should -BeTrue
        (Get-EmulatorRequest).path | Should -Contain '/oauth2/token'
    }

    It 'accepts secrets as SecureString' {
        $secret = ConvertTo-SecureString $credential.clientSecret -AsPlainText -Force
        $refresh = ConvertTo-SecureString $credential.refreshToken -AsPlainText -Force
        (Connect-Imgur -ClientId $credential.clientId -ClientSecret $secret -RefreshToken $refresh -BaseUri (Get-EmulatorUri)).AuthMode |
            Should -Be 'User'
    }

    It 'uses an access token as it is' {
        $token = Invoke-RestMethod -Method Post -Uri "$(Get-EmulatorUri)oauth2/token" -Body @{
            grant_type = 'refresh_token'; client_id = $credential.clientId
            client_secret = $credential.clientSecret; refresh_token = $credential.refreshToken
        }
        Clear-EmulatorRequest

        $connection = Connect-Imgur -AccessToken $token.access_token -BaseUri (Get-EmulatorUri)

        $connection.AuthMode | Should -Be 'User'
        (Get-EmulatorRequest).auth | Should -Be 'bearer'
    }

    It 'goes through the commercial marketplace with -RapidApiKey' {
        $connection = Connect-Imgur -ClientId $credential.clientId -RapidApiKey 'market-key-for-tests' -BaseUri (Get-EmulatorUri)

        $connection.Commercial | Should -BeTrue
        (Get-EmulatorRequest).commercial | Should -Be $true
        $connection.RateLimit.MarketplaceRemaining | Should -BeGreaterThan 0
    }

    It 'names the marketplace host given with -RapidApiHost in x-rapidapi-host, and refuses one that is not a host name' {
        Import-Module (Join-Path $PSScriptRoot 'ReplayServer.psm1') -Force
        $server = Start-ReplayServer
        try {
            $null = Connect-Imgur -ClientId $credential.clientId -RapidApiKey 'market-key-for-tests' -RapidApiHost 'imgur-apiv3-eu.p.rapidapi.com' -BaseUri $server.Uri
            (Get-ReplayRequest $server)[0].Headers['x-rapidapi-host'] | Should -Be 'imgur-apiv3-eu.p.rapidapi.com'
            $null = Connect-Imgur -ClientId $credential.clientId -RapidApiKey 'market-key-for-tests' -BaseUri $server.Uri
            (Get-ReplayRequest $server)[-1].Headers['x-rapidapi-host'] | Should -Be 'imgur-apiv3.p.rapidapi.com'
        }
        finally { Stop-ReplayServer $server }

        { Connect-Imgur -ClientId $credential.clientId -RapidApiKey 'k' -RapidApiHost "evil.example/x`r`nX-Other: 1" } | Should -Throw -ErrorId 'InvalidArgument*'
        { Connect-Imgur -ClientId $credential.clientId -RapidApiHost 'imgur-apiv3.p.rapidapi.com' } | Should -Throw '*give -RapidApiKey*'
    }

    It 'refuses plain http to a host that is not this machine, before sending anything' {
        { Connect-Imgur -ClientId $credential.clientId -BaseUri 'http://api.imgur.com/' -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidArgument,ImgurPS.Commands.Connection.ConnectImgurCommand' -ExpectedMessage '*plain http*'
    }

    It 'refuses a base URI with user information, without repeating it anywhere, and sends nothing' {
        Clear-EmulatorRequest
        $uri = "http://someone:base-uri-password@127.0.0.1:$((Get-EmulatorUri).Port)/"
        $failure = { Connect-Imgur -ClientId $credential.clientId -BaseUri $uri -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidArgument,ImgurPS.Commands.Connection.ConnectImgurCommand' -ExpectedMessage '*user information*' -PassThru
        "$($failure.Exception.Message) $($failure.TargetObject) $($failure | Out-String)" | Should -Not -Match 'base-uri-password|someone'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'fails with PermissionDenied for an unknown client id and keeps the previous session' {
        $null = Connect-TestImgur

        $failure = { Connect-Imgur -ClientId 'not-a-registered-app' -BaseUri (Get-EmulatorUri) -ErrorAction Stop } |
            Should -Throw -ErrorId 'ImgurForbidden*' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failure.Exception.ImgurMessage | Should -Be 'Invalid client_id'
        { Get-ImgurCredit -ErrorAction Stop } | Should -Not -Throw
    }

    It 'explains a refresh token Imgur refuses' {
        { Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken 'wrong-refresh-token' -BaseUri (Get-EmulatorUri) -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*Invalid refresh token*'
    }

    It 'shows no secret in its output, Verbose stream or errors' {
        $stream = Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret `
            -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri) -Verbose 4>&1
        try {
            Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret `
                -RefreshToken 'refused-refresh-token-value' -BaseUri (Get-EmulatorUri)
        }
        catch { $failure = $_ }
        $failure | Should -Not -BeNullOrEmpty

        $text = ($stream | Format-List * | Out-String) + ($stream | Out-String) + ($failure | Format-List * -Force | Out-String)
        $text | Should -Not -BeLike "*$($credential.clientSecret)*"
        $text | Should -Not -BeLike "*$($credential.refreshToken)*"
        $text | Should -Not -BeLike '*refused-refresh-token-value*'
    }
}

Describe 'Disconnect-Imgur' {
    It 'forgets the session, so API cmdlets ask for Connect-Imgur' {
        $null = Connect-TestImgur
        Disconnect-Imgur

        { Get-ImgurCredit -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotConnected*' -ExpectedMessage '*Connect-Imgur*'
    }
}
