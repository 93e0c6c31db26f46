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

    $sampleCalls = & (Join-Path $PSScriptRoot 'SampleCalls.ps1') -Samples $samples -Credential $credential -AccessToken $accessToken -MarketplaceKey $marketplaceKey
    $secrets += 'account-password-for-the-test'
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
