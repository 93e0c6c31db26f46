BeforeDiscovery {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $exported = (Get-Command -Module ImgurPS -CommandType Cmdlet).Name | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $samples = Join-Path $PSScriptRoot '../../samples'

    Reset-Emulator
    $credential = Get-EmulatorCredential
    $accessToken = (Invoke-RestMethod -Method Post -Uri "$(Get-EmulatorUri)oauth2/token" -Body @{
            grant_type = 'refresh_token'; client_id = $credential.clientId
            client_secret = $credential.clientSecret; refresh_token = $credential.refreshToken
        }).access_token
    $marketplaceKey = 'marketplace-key-for-the-leak-test'
    $secrets = $credential.clientSecret, $credential.refreshToken, $accessToken, $marketplaceKey

    # One call per cmdlet, each with -Verbose and -Debug, including failures that quote a request.
    $sampleCalls = [ordered]@{
        'Connect-Imgur'       = {
            Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken $credential.refreshToken -BaseUri (Get-EmulatorUri) -Verbose -Debug
            try { Connect-Imgur -ClientId $credential.clientId -ClientSecret $credential.clientSecret -RefreshToken "$($credential.refreshToken)-wrong" -BaseUri (Get-EmulatorUri) -Verbose -Debug } catch { $_ }
            Connect-Imgur -AccessToken $accessToken -RapidApiKey $marketplaceKey -BaseUri (Get-EmulatorUri) -Verbose -Debug
        }
        'Get-ImgurConnection' = { Get-ImgurConnection -Verbose -Debug | Format-List * }
        'Get-ImgurCredit'     = {
            Get-ImgurCredit -Verbose -Debug | Format-List *
            Add-EmulatorFault -Path '^/3/credits$' -Kind status -Status 403 -Message 'The access token provided is invalid.'
            Get-ImgurCredit -Verbose -Debug -ErrorAction Continue
        }
        'Get-ImgurGallery'    = { Get-ImgurGallery -Verbose -Debug | Select-Object -First 2 | Format-List * }
        'Send-ImgurImage'     = {
            Send-ImgurImage -Path (Join-Path $samples 'sunrise.png') -Verbose -Debug | Format-List *
            Send-ImgurImage -Path (Join-Path $samples 'missing.png') -Verbose -Debug -ErrorAction Continue
        }
        'Disconnect-Imgur'    = { Disconnect-Imgur -Verbose -Debug }
    }
}

Describe 'Secrets never leak' {
    It 'has a sample call for <Name>' -ForEach $exported {
        $sampleCalls.Keys | Should -Contain $Name -Because 'every cmdlet must be part of the leak test'
    }

    It 'shows no token, secret or key in any stream, in $Error or in a transcript' {
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $Error.Clear()
        $DebugPreference = 'Continue'
        Start-Transcript -LiteralPath $transcript | Out-Null
        try {
            $streams = foreach ($call in $sampleCalls.Values) { & $call *>&1 | Out-String -Width 400 }
        }
        finally {
            Stop-Transcript | Out-Null
            $DebugPreference = 'SilentlyContinue'
        }

        $everything = ($streams -join "`n") + ($Error | Format-List * -Force | Out-String -Width 400) + (Get-Content -LiteralPath $transcript -Raw)
        $everything | Should -Match 'Authorization: Bearer \*\*\*' -Because 'the Debug stream shows the masked headers'
        $everything | Should -Match 'X-Mashape-Key: \*\*\*'
        $everything | Should -Match 'GET /3/credits\.json -> 403'
        foreach ($secret in $secrets) {
            $everything | Should -Not -Match ([regex]::Escape($secret))
        }
    }
}
