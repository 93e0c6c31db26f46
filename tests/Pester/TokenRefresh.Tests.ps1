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
        # A token that lives two seconds is due for its refresh in the second half of its life.
        Start-Sleep -Milliseconds 1200

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

Describe 'A refresh token that Imgur refuses' {
    BeforeAll {
        # Rotation gives the session a refresh token of its own, which a reset then forgets, as a revocation would.
        $rotating = Start-ImgurEmulator -ArgumentList '--rotate-refresh-tokens'
        $credential = Invoke-RestMethod "$($rotating.BaseUri)_emulator/credentials"
        function Get-RequestPath { @(Invoke-RestMethod "$($rotating.BaseUri)_emulator/requests") | ForEach-Object { $_ } | ForEach-Object path }
        function Connect-Rotating {
            Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken $credential.refreshToken -BaseUri $rotating.BaseUri
        }
    }
    AfterAll { $rotating | Stop-ImgurEmulator }

    BeforeEach {
        $null = Invoke-RestMethod -Method Post "$($rotating.BaseUri)_emulator/reset"
        $null = Connect-Rotating
        # Forgets the session's access token and the refresh token it was rotated to.
        $null = Invoke-RestMethod -Method Post "$($rotating.BaseUri)_emulator/reset"
    }

    It 'asks Imgur once, then fails at once with advice to sign in again, until Connect-Imgur' {
        $failures = foreach ($attempt in 1..20) {
            $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure
            $failure
        }

        $failures | Should -HaveCount 20
        $failures.FullyQualifiedErrorId | Sort-Object -Unique | Should -BeLike 'ImgurRefreshTokenRefused,*'
        $failures.CategoryInfo.Category | Sort-Object -Unique | Should -Be 'AuthenticationError'
        $failures[0].Exception.Message | Should -BeLike '*Invalid refresh token*Connect-Imgur*'
        $failures[19].Exception.Message | Should -BeLike '*refused*Connect-Imgur*'
        $failures[19].Exception.Message | Should -Not -Match ([regex]::Escape($credential.clientSecret))
        Get-RequestPath | Should -Be @('/3/credits.json', '/oauth2/token')

        $null = Connect-Rotating
        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0
    }

    It 'refreshes once for uploads sent at the same time' {
        $files = New-TestImage -Folder (Join-Path $TestDrive 'revoked') -Count 12

        $null = Send-ImgurImage -Path $files -ThrottleLimit 6 -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures | Should -HaveCount 12
        $failures.FullyQualifiedErrorId | Sort-Object -Unique | Should -BeLike 'ImgurRefreshTokenRefused,*'
        @(Get-RequestPath | Where-Object { $_ -eq '/oauth2/token' }) | Should -HaveCount 1
    }
}
