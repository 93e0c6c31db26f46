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

    # The same in a process that is killed after $Seconds: for a saved session that could make it hang.
    function Invoke-NewSessionWithin([int] $Seconds, [string] $Script) {
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh)
        foreach ($argument in @($prefix) + @('-NoProfile', '-NonInteractive', '-Command', "Import-Module '$manifest'; $Script")) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardOutput = $true
        $process = [System.Diagnostics.Process]::Start($start)
        $output = $process.StandardOutput.ReadToEndAsync()
        if (-not $process.WaitForExit($Seconds * 1000)) {
            $process.Kill($true)
            return "still running after $Seconds seconds"
        }
        $output.Result.Trim() -split '\r?\n'
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

Describe 'A saved session that is not safe to use' -Tag UnixOnly {
    BeforeEach {
        Remove-Item -LiteralPath (Split-Path $sessionFile) -Recurse -Force -ErrorAction Ignore
        $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/reset"
        $null = Invoke-NewSession $connectAndPersist
        $restore = 'try { (Connect-Imgur).Account } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }'
    }

    It 'refuses a file that group or others can change, and says how to fix it' {
        chmod 662 $sessionFile

        $refusal = @(Invoke-NewSession $restore)

        $refusal[0] | Should -BeLike 'ImgurSavedSessionUnsafe,*'
        $refusal[1] | Should -Be 'SecurityError'
        $refusal[2] | Should -BeLike "*$sessionFile*group and others*chmod 600*Connect-Imgur*-Persist*"
        chmod 600 $sessionFile
        Invoke-NewSession $restore | Should -Be $credential.username
    }

    It 'refuses a file that belongs to another user' {
        # Changing a file's owner needs root, as the tests run in CI.
        chown 65534 $sessionFile

        $refusal = @(Invoke-NewSession $restore)

        $refusal[0] | Should -BeLike 'ImgurSavedSessionUnsafe,*'
        $refusal[2] | Should -BeLike "*$sessionFile*belongs to user id 65534*Connect-Imgur*-Persist*"
    }

    It 'refuses a symbolic link, and -Persist replaces the link without touching its target' {
        $target = Join-Path $TestDrive 'elsewhere.json'
        Move-Item -LiteralPath $sessionFile -Destination $target
        chmod 644 $target
        $null = New-Item -ItemType SymbolicLink -Path $sessionFile -Target $target
        $before = Get-Content -LiteralPath $target -Raw

        $refusal = @(Invoke-NewSession $restore)
        $refusal[0] | Should -BeLike 'ImgurSavedSessionUnsafe,*'
        $refusal[2] | Should -BeLike '*symbolic link*'

        # The emulator rotated the seeded refresh token away; a reset brings it back.
        $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/reset"
        $null = Invoke-NewSession "$connectAndPersist -WarningAction SilentlyContinue"
        (Get-Item -LiteralPath $sessionFile).LinkType | Should -BeNullOrEmpty
        (Get-Item -LiteralPath $sessionFile).UnixMode | Should -Be '-rw-------'
        (Get-Item -LiteralPath $target).UnixMode | Should -Be '-rw-r--r--'
        Get-Content -LiteralPath $target -Raw | Should -Be $before
        Invoke-NewSession $restore | Should -Be $credential.username
    }

    It 'never changes the mode of a linked folder' {
        $folder = Join-Path $TestDrive 'linked-folder'
        $null = New-Item -ItemType Directory -Path $folder -Force
        chmod 755 $folder
        Remove-Item -LiteralPath (Split-Path $sessionFile) -Recurse -Force
        $null = New-Item -ItemType SymbolicLink -Path (Split-Path $sessionFile) -Target $folder
        $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/reset"

        $null = Invoke-NewSession $connectAndPersist

        (Get-Item -LiteralPath $folder).UnixMode | Should -Be 'drwxr-xr-x'
        (Get-Item -LiteralPath (Join-Path $folder 'session.json')).UnixMode | Should -Be '-rw-------'
        Remove-Item -LiteralPath (Split-Path $sessionFile) -Force
    }

    It 'refuses a named pipe at once, without opening it' {
        Remove-Item -LiteralPath $sessionFile
        mkfifo -m 600 $sessionFile

        $refusal = @(Invoke-NewSessionWithin 30 $restore)

        $refusal[0] | Should -BeLike 'ImgurSavedSessionUnsafe,*'
        $refusal[2] | Should -BeLike '*named pipe*'
    }
}

Describe 'A saved session that cannot be written' {
    BeforeAll {
        $connect = @{ ClientId = $credential.clientId; ClientSecret = $credential.clientSecret; RefreshToken = $credential.refreshToken; BaseUri = $emulator.BaseUri }
        # Imgur calls the access token invalid once, so the next request refreshes it (and the emulator rotates the refresh token).
        function Expire-AccessToken {
            $fault = @{ path = '^/3/credits$'; kind = 'status'; status = 403; message = 'The access token provided is invalid.'; times = 1 } | ConvertTo-Json
            $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/faults" -Body $fault -ContentType 'application/json'
        }
    }

    BeforeEach {
        Remove-Item -LiteralPath (Split-Path $sessionFile) -Recurse -Force -ErrorAction Ignore
        $null = Invoke-RestMethod -Method Post "$($emulator.BaseUri)_emulator/reset"
    }
    AfterEach { Disconnect-Imgur }

    It 'keeps the session working with the new refresh token and warns where, why and what to do' {
        $null = Connect-Imgur @connect -Persist
        # Something in the way of the rename that would update the file.
        Remove-Item -LiteralPath $sessionFile
        $null = New-Item -ItemType Directory -Path $sessionFile

        Expire-AccessToken
        $credit = Get-ImgurCredit -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable failures -ErrorAction SilentlyContinue
        # A second rotation works only with the token that the failed save was about.
        Expire-AccessToken
        $again = Get-ImgurCredit -WarningAction SilentlyContinue

        $failures | Should -BeNullOrEmpty
        $credit.ClientLimit | Should -BeGreaterThan 0
        $again.ClientLimit | Should -BeGreaterThan 0
        $warnings | Should -HaveCount 1
        "$warnings" | Should -BeLike "*'$sessionFile' could not be updated*new refresh token*Connect-Imgur*-Persist*"
        "$warnings" | Should -Not -Match '[0-9a-f]{40}'
        "$warnings" | Should -Not -Match ([regex]::Escape($credential.clientSecret))
    }

    It 'connects even when -Persist cannot save, and says so' {
        $null = New-Item -ItemType Directory -Path $sessionFile -Force

        $connection = Connect-Imgur @connect -Persist -ErrorVariable failures -ErrorAction SilentlyContinue

        $connection.Account | Should -Be $credential.username
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurSessionNotSaved,*'
        $failures[0].CategoryInfo.Category | Should -Be 'WriteError'
        "$($failures[0])" | Should -BeLike "*'$sessionFile'*Connect-Imgur*-Persist*"
        # Only the session in memory holds the rotated refresh token: it must be the one in use.
        (Get-ImgurCredit).ClientLimit | Should -BeGreaterThan 0
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
