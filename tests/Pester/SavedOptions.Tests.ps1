# Set-ImgurOption -Scope CurrentUser: options saved in one process and read by a later one, from a settings file in
# a test folder. Unix only: on Windows the file lives in the system's LocalAppData, which no variable moves.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $manifest = Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1'
    $savedConfigHome = $env:XDG_CONFIG_HOME
    $env:XDG_CONFIG_HOME = Join-Path $TestDrive 'config'
    $settingsFile = Join-Path $env:XDG_CONFIG_HOME 'ImgurPS/settings.json'

    # Each call is a new process, as a later PowerShell session would be; it sees XDG_CONFIG_HOME above. Warnings
    # come back as "WARNING: ..." lines, the rest as text.
    function Invoke-NewSession([string] $Script) {
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        & $pwsh @prefix -NoProfile -NonInteractive -Command "Import-Module '$manifest'; `$WarningPreference = 'Continue'; & { $Script } 3>&1 | ForEach-Object { if (`$_ -is [System.Management.Automation.WarningRecord]) { 'WARNING: ' + `$_.Message } else { `$_ } }" 2>&1 |
            ForEach-Object { "$_" }
    }

    function Set-SettingsText([string] $Text) {
        $null = New-Item -ItemType Directory -Force -Path (Split-Path $settingsFile)
        [System.IO.File]::WriteAllText($settingsFile, $Text)
        chmod 600 $settingsFile
    }
}

AfterAll { $env:XDG_CONFIG_HOME = $savedConfigHome }

Describe 'Options saved for the current user' -Tag UnixOnly {
    BeforeEach { Remove-Item -LiteralPath (Split-Path $settingsFile) -Recurse -Force -ErrorAction Ignore }

    It 'are saved by one process and used by a fresh one, which shows them as CurrentUser' {
        Invoke-NewSession 'Set-ImgurOption -Scope CurrentUser -MaxRetry 5 -TimeoutSec 90 -UseETag $false' | Should -BeNullOrEmpty

        $read = Invoke-NewSession '$o = Get-ImgurOption; $o.MaxRetry, $o.Timeout.TotalSeconds, $o.UseETag, $o.Source.MaxRetry, $o.Source.Timeout, $o.Source.UseETag, $o.Source.RetryDelay, $o.RetryDelay.TotalSeconds'
        $read | Should -Be @('5', '90', 'False', 'CurrentUser', 'CurrentUser', 'CurrentUser', 'Default', '1')
    }

    It 'keep the file writable by its owner alone, in a private folder' {
        $null = Invoke-NewSession 'Set-ImgurOption -Scope CurrentUser -MaxRetry 5'

        (Get-Item -LiteralPath $settingsFile).UnixMode | Should -Be '-rw-------'
        (Get-Item -LiteralPath (Split-Path $settingsFile)).UnixMode | Should -Be 'drwx------'
    }

    It 'are merged with what the file holds, keeping names this version does not know' {
        Set-SettingsText '{ "max_retry": 2, "from_a_newer_version": { "x": 1 } }'

        $null = Invoke-NewSession 'Set-ImgurOption -Scope CurrentUser -CreditReservePercent 25'

        $saved = Get-Content -LiteralPath $settingsFile -Raw | ConvertFrom-Json
        $saved.max_retry | Should -Be 2
        $saved.credit_reserve_percent | Should -Be 25
        $saved.from_a_newer_version.x | Should -Be 1
        Invoke-NewSession '$o = Get-ImgurOption; $o.MaxRetry, $o.CreditReservePercent' | Should -Be @('2', '25')
    }

    It 'are used by requests in a later process' {
        Reset-Emulator
        Clear-EmulatorRequest
        Add-EmulatorFault -Path '^/3/gallery' -Kind html -Status 503 -Times 10
        $credential = Get-EmulatorCredential
        $null = Invoke-NewSession 'Set-ImgurOption -Scope CurrentUser -MaxRetry 1 -RetryDelaySec 0'

        $null = Invoke-NewSession "`$null = Connect-Imgur -ClientId '$($credential.clientId)' -BaseUri '$(Get-EmulatorUri)'; `$null = Get-ImgurGallery -ErrorAction SilentlyContinue"

        # One attempt and the one saved retry; the default would have made four.
        @(Get-EmulatorRequest | Where-Object path -Match '^/3/gallery').Count | Should -Be 2
        Reset-Emulator
    }

    It 'give way to a value set in this process, whose source is Process' {
        Set-SettingsText '{ "max_retry": 2, "timeout_sec": 45 }'

        $read = Invoke-NewSession 'Set-ImgurOption -MaxRetry 7; $o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry, $o.Timeout.TotalSeconds, $o.Source.Timeout'
        $read | Should -Be @('7', 'Process', '45', 'CurrentUser')
    }

    It 'are applied to this process too, over a value it set before' {
        $read = Invoke-NewSession 'Set-ImgurOption -MaxRetry 7; Set-ImgurOption -Scope CurrentUser -MaxRetry 4; $o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry'
        $read | Should -Be @('4', 'CurrentUser')
    }

    It 'are not written by -Scope Process, the default' {
        Invoke-NewSession 'Set-ImgurOption -MaxRetry 6 -Scope Process; Set-ImgurOption -TimeoutSec 60; (Get-ImgurOption).Source.ToString()' |
            Should -Be 'MaxRetry=Process, Timeout=Process'

        Test-Path -LiteralPath $settingsFile | Should -BeFalse
    }

    It 'are not written, nor changed in this process, with -WhatIf' {
        Set-SettingsText '{ "max_retry": 2 }'

        $read = Invoke-NewSession 'Set-ImgurOption -Scope CurrentUser -MaxRetry 9 -WhatIf; Set-ImgurOption -Scope CurrentUser -Reset -WhatIf; $o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry'
        $read | Where-Object { $_ -notmatch '^What if:' } | Should -Be @('2', 'CurrentUser')
        (Get-Content -LiteralPath $settingsFile -Raw | ConvertFrom-Json).max_retry | Should -Be 2
    }

    It 'are deleted by -Scope CurrentUser -Reset, leaving what this process set' {
        Set-SettingsText '{ "max_retry": 2, "timeout_sec": 45 }'

        $read = Invoke-NewSession 'Set-ImgurOption -TimeoutSec 20; Set-ImgurOption -Scope CurrentUser -Reset; $o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry, $o.Timeout.TotalSeconds, $o.Source.Timeout'
        $read | Should -Be @('3', 'Default', '20', 'Process')
        Test-Path -LiteralPath $settingsFile | Should -BeFalse
    }

    It 'come back after -Reset in this process, which forgets what the process set' {
        Set-SettingsText '{ "max_retry": 2 }'

        $read = Invoke-NewSession 'Set-ImgurOption -MaxRetry 8 -TimeoutSec 20; Set-ImgurOption -Reset; $o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry, $o.Timeout.TotalSeconds, $o.Source.Timeout'
        $read | Should -Be @('2', 'CurrentUser', '30', 'Default')
    }
}

Describe 'A settings file that cannot be used' -Tag UnixOnly {
    BeforeEach { Remove-Item -LiteralPath (Split-Path $settingsFile) -Recurse -Force -ErrorAction Ignore }

    It 'leaves the defaults and warns once, naming the file and what to do, when it is <Case>' -ForEach @(
        @{ Case = 'not JSON'; Text = '{ max_retry: 5' }
        @{ Case = 'of the wrong type'; Text = '{ "max_retry": "five" }' }
        @{ Case = 'nested too deep'; Text = '{ "max_retry": 5, "x": ' + ('[' * 100) + (']' * 100) + ' }' }
        @{ Case = 'larger than 64 KB'; Text = '{ "max_retry": 5, "x": "' + ('a' * 70000) + '" }' }
    ) {
        Set-SettingsText $Text

        $read = Invoke-NewSession '$o = Get-ImgurOption; $o.MaxRetry, $o.Source.MaxRetry; (Get-ImgurOption).MaxRetry'
        $warnings = @(@($read) -match '^WARNING: ')
        $warnings | Should -HaveCount 1
        $warnings[0] | Should -BeLike "*'$settingsFile'*default options*Set-ImgurOption -Scope CurrentUser -Reset*"
        $read -notmatch '^WARNING: ' | Should -Be @('3', 'Default', '3')
    }

    It 'is not trusted when others may change it' {
        Set-SettingsText '{ "max_retry": 5 }'
        chmod 666 $settingsFile

        $read = Invoke-NewSession '(Get-ImgurOption).MaxRetry'
        $read | Should -Contain '3'
        @(@($read) -match '^WARNING: .*can be changed by group and others') | Should -HaveCount 1
    }

    It 'is warned about by the first request of an API command too' {
        Set-SettingsText 'not json'
        Reset-Emulator
        $credential = Get-EmulatorCredential

        $read = Invoke-NewSession "`$null = Connect-Imgur -ClientId '$($credential.clientId)' -BaseUri '$(Get-EmulatorUri)'; `$null = Get-ImgurCredit"
        @(@($read) -match "^WARNING: The ImgurPS settings file '.*settings.json' is not valid") | Should -HaveCount 1
    }

    It 'loses only its values out of range, with a warning that names them' {
        Set-SettingsText '{ "max_retry": 50, "timeout_sec": 0, "credit_reserve_percent": 30 }'

        $read = Invoke-NewSession '$o = Get-ImgurOption; $o.MaxRetry, $o.Timeout.TotalSeconds, $o.CreditReservePercent, $o.Source.CreditReservePercent'
        @(@($read) -match '^WARNING: ') | Should -HaveCount 1
        $read[0] | Should -BeLike "*'$settingsFile'*max_retry 50 (allowed: 0 to 10), timeout_sec 0 (allowed: 1 to 3600)*"
        $read -notmatch '^WARNING: ' | Should -Be @('3', '30', '30', 'CurrentUser')
    }

    It 'is not saved over: Set-ImgurOption -Scope CurrentUser stops and says how to fix it' {
        Set-SettingsText '{ max_retry: 5'

        $read = Invoke-NewSession 'try { Set-ImgurOption -Scope CurrentUser -MaxRetry 4 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.TargetObject }; (Get-ImgurOption).MaxRetry'
        $read -notmatch '^WARNING: ' | Should -Be @('ImgurSettingsUnreadable,ImgurPS.Commands.Connection.SetImgurOptionCommand', 'InvalidData', $settingsFile, '3')
        Get-Content -LiteralPath $settingsFile -Raw | Should -Be '{ max_retry: 5'
    }
}

Describe 'Importing the module' -Tag UnixOnly {
    It 'leaves the settings file to the first command that needs the options' {
        Set-SettingsText '{ "max_retry": 2 }'

        # The module is imported before the file changes; the first command reads what the file holds then.
        Invoke-NewSession "Set-Content -LiteralPath '$settingsFile' -Value '{ ""max_retry"": 6 }'; (Get-ImgurOption).MaxRetry" | Should -Be '6'
    }
}
