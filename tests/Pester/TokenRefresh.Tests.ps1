BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
}

Describe 'Access tokens that refresh themselves' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'refreshes once and retries once when Imgur calls the token invalid' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 403 -Message 'The access token provided is invalid.'

        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0

        (Get-EmulatorRequest).path | Should -Be @('/3/credits.json', '/oauth2/token', '/3/credits.json')
    }

    It 'stops after that one retry when the new token is refused too' {
        Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 403 -Message 'The access token provided is invalid.' -Times 2

        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        (Get-EmulatorRequest).path | Should -Be @('/3/credits.json', '/oauth2/token', '/3/credits.json')
    }
}

Describe 'Tokens close to expiry' {
    BeforeAll {
        $shortLived = Start-ImgurEmulator -ArgumentList '--access-token-lifetime', '2'
        $credential = Invoke-RestMethod "$($shortLived.BaseUri)_emulator/credentials"
    }
    AfterAll { $shortLived | Stop-ImgurEmulator }

    It 'refreshes a token about to expire before sending the request' {
        $null = Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken $credential.refreshToken -BaseUri $shortLived.BaseUri
        $null = Invoke-RestMethod -Method Delete "$($shortLived.BaseUri)_emulator/requests"

        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0

        (Invoke-RestMethod "$($shortLived.BaseUri)_emulator/requests").path | Should -Be @('/oauth2/token', '/3/credits.json')
    }

    It 'reports an expired token it cannot refresh as PermissionDenied' {
        $token = Invoke-RestMethod -Method Post -Uri "$($shortLived.BaseUri)oauth2/token" -Body @{
            grant_type = 'refresh_token'; client_id = $credential.clientId
            client_secret = $credential.clientSecret; refresh_token = $credential.refreshToken
        }
        $null = Connect-Imgur -AccessToken $token.access_token -BaseUri $shortLived.BaseUri
        Start-Sleep -Seconds 3

        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failure[0].Exception.ImgurMessage | Should -Be 'The access token provided is invalid.'
    }
}
