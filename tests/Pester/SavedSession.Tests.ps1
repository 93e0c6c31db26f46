BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force

    $manifest = Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1'
    $savedConfigHome = $env:XDG_CONFIG_HOME
    $env:XDG_CONFIG_HOME = Join-Path $TestDrive 'config'
    $sessionFile = Join-Path $env:XDG_CONFIG_HOME 'ImgurPS/session.json'

    # Each call is a new process, as a later PowerShell session would be; it sees XDG_CONFIG_HOME above.
    function Invoke-NewSession([string] $Script) {
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        & $pwsh @prefix -NoProfile -NonInteractive -Command "Import-Module '$manifest'; $Script" 2>&1 | ForEach-Object { "$_" }
    }

    $emulator = Start-ImgurEmulator -ArgumentList '--rotate-refresh-tokens'
    $credential = Invoke-RestMethod "$($emulator.BaseUri)_emulator/credentials"
    $connectAndPersist = "`$null = Connect-Imgur -ClientId '$($credential.clientId)' -ClientSecret '$($credential.clientSecret)' -RefreshToken '$($credential.refreshToken)' -BaseUri '$($emulator.BaseUri)' -Persist"
}

AfterAll {
    $emulator | Stop-ImgurEmulator
    $env:XDG_CONFIG_HOME = $savedConfigHome
}

Describe 'Connect-Imgur -Persist' {
    BeforeEach {
        Remove-Item -LiteralPath (Split-Path $sessionFile) -Recurse -Force -ErrorAction Ignore
        $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/reset"
    }

    It 'saves a session that a new process restores with Connect-Imgur alone, following rotated refresh tokens' {
        Invoke-NewSession $connectAndPersist | Should -BeNullOrEmpty

        Invoke-NewSession '(Connect-Imgur).Account' | Should -Be $credential.username
        # Each restore rotated the refresh token again; a third process works only if the newest was saved back.
        Invoke-NewSession '(Connect-Imgur).AuthMode; (Get-ImgurCredit).ClientLimit -gt 0' | Should -Be @('User', 'True')
    }

    It 'keeps the file readable by its owner alone and never stores the access token' -Tag UnixOnly {
        $null = Invoke-NewSession $connectAndPersist

        (Get-Item -LiteralPath $sessionFile).UnixMode | Should -Be '-rw-------'
        (Get-Item -LiteralPath (Split-Path $sessionFile)).UnixMode | Should -Be 'drwx------'
        Get-Content -LiteralPath $sessionFile -Raw | Should -Not -Match 'access'
        Get-ChildItem -LiteralPath (Split-Path $sessionFile) | Should -HaveCount 1
    }

    It 'warns about an unreadable saved session and sets it aside instead of overwriting it' {
        $null = New-Item -ItemType Directory -Path (Split-Path $sessionFile) -Force
        Set-Content -LiteralPath $sessionFile -Value 'not a session'

        Invoke-NewSession 'try { Connect-Imgur -WarningAction Continue } catch { "error: $_" }' |
            Should -Match 'cannot be read'
        Invoke-NewSession "$connectAndPersist -WarningAction Continue" | Should -Match 'could not be read; it was kept as'

        $kept = Get-ChildItem -Path "$sessionFile.unreadable-*"
        Get-Content -LiteralPath $kept.FullName | Should -Be 'not a session'
        Invoke-NewSession '(Connect-Imgur).Account' | Should -Be $credential.username
    }

    It 'is deleted by Disconnect-Imgur -Forget' {
        $null = Invoke-NewSession $connectAndPersist
        Test-Path -LiteralPath $sessionFile | Should -BeTrue

        Invoke-NewSession 'Disconnect-Imgur -Forget' | Should -BeNullOrEmpty

        Test-Path -LiteralPath $sessionFile | Should -BeFalse
        Invoke-NewSession 'try { Connect-Imgur } catch { $_.FullyQualifiedErrorId }' | Should -BeLike 'ImgurNoSavedSession*'
    }
}

Describe 'Get-ImgurConnection' {
    It 'shows the account, the auth mode, the expiry and the latest limits, and no secret' {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $null = Get-ImgurCredit
        $userCredential = Get-EmulatorCredential

        $connection = Get-ImgurConnection

        $connection.AuthMode | Should -Be 'User'
        $connection.Account | Should -Be $userCredential.username
        $connection.AccessTokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        $connection.RateLimit.ClientRemaining | Should -BeGreaterThan 0
        $text = ($connection | Format-List * | Out-String) + $connection.ToString()
        $text | Should -Not -Match ([regex]::Escape($userCredential.clientSecret))
        $text | Should -Not -Match ([regex]::Escape($userCredential.refreshToken))
    }

    It 'writes nothing when not connected' {
        Disconnect-Imgur
        Get-ImgurConnection | Should -BeNullOrEmpty
    }
}
