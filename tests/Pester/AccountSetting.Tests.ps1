BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurAccountSetting and Set-ImgurAccountSetting' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $credential = Get-EmulatorCredential
        Clear-EmulatorRequest
    }

    It 'reads the settings from /3/account/me/settings, the same in XML' {
        $settings = Get-ImgurAccountSetting

        $settings | Should -BeOfType ImgurPS.Models.ImgurAccountSettings
        $settings.Username | Should -Be $credential.username
        (Get-EmulatorRequest).path | Should -Be '/3/account/me/settings.json'
        (Get-ImgurAccountSetting -Format Xml | ConvertTo-Comparable) | Should -Be ($settings | ConvertTo-Comparable)
    }

    It 'reads lists sent as bare item children, as the real service sends them' {
        $raw = Invoke-WebRequest -Uri "$(Get-EmulatorUri)3/account/me/settings.xml" -Headers @{ Authorization = "Bearer $((Get-EmulatorCredential).accessToken)" }
        $emails = ([xml]$raw.Content).DocumentElement.SelectSingleNode('active_emails')
        $emails.SelectNodes('item').Count | Should -BeGreaterThan 0
        $emails.HasAttribute('type') | Should -BeFalse

        (Get-ImgurAccountSetting -Format Xml).ActiveEmails | Should -Be (Get-ImgurAccountSetting).ActiveEmails
        (Get-ImgurAccountSetting).ActiveEmails | Should -Not -BeNullOrEmpty
    }

    It 'changes only the settings given, with PUT, and -PassThru shows them' {
        $settings = Set-ImgurAccountSetting -Bio 'Changed by Pester' -ShowMature:$false -PassThru -Confirm:$false

        $settings.ShowMature | Should -BeFalse
        $put = Get-EmulatorRequest | Where-Object method -EQ 'PUT'
        $put.path | Should -Be '/3/account/me/settings.json'
        (Get-ImgurAccount).Bio | Should -Be 'Changed by Pester'
    }

    It 'sends nothing with -WhatIf' {
        Set-ImgurAccountSetting -Bio 'never sent' -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses a call with no setting, and a bad new username, before sending' {
        { Set-ImgurAccountSetting -ErrorAction Stop } | Should -Throw -ErrorId 'NoSettingGiven*'
        { Set-ImgurAccountSetting -NewUsername 'a b' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurAccountSetting -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        { Set-ImgurAccountSetting -Bio x -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes album privacy values on Tab' {
        $line = 'Set-ImgurAccountSetting -AlbumPrivacy '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('hidden', 'public', 'secret')
    }
}

Describe 'Test-ImgurAccountEmail and Send-ImgurAccountVerificationEmail' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'writes whether the email is verified, in JSON and XML alike' {
        $verified = Test-ImgurAccountEmail
        $verified | Should -BeOfType bool
        Test-ImgurAccountEmail -Format Xml | Should -Be $verified
        (Get-EmulatorRequest)[0].path | Should -Be '/3/account/me/verifyemail.json'
    }

    It 'asks for the email with POST, or reports Imgur''s refusal when already verified' {
        $verified = Test-ImgurAccountEmail
        Send-ImgurAccountVerificationEmail -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure

        (Get-EmulatorRequest | Where-Object method -EQ 'POST').path | Should -Be '/3/account/me/verifyemail.json'
        if ($verified) { $failure[0].CategoryInfo.Category | Should -Be 'InvalidArgument' } else { $failure | Should -BeNullOrEmpty }
    }

    It 'sends nothing with -WhatIf' {
        Send-ImgurAccountVerificationEmail -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Test-ImgurAccountEmail -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Remove-ImgurAccount' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'is a high-impact change that takes the password as a SecureString' {
        $command = Get-Command Remove-ImgurAccount
        $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        $command.Parameters.Password.ParameterType | Should -Be ([securestring])
        $command.Parameters.Keys | Should -Contain 'Force'
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Remove-ImgurAccount -Password 'plain text accepted' -Force -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Remove-ImgurAccount -Password 'x' -Force -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'deletes the account with the password in a JSON body, never in the URL' {
        Remove-ImgurAccount -Password 'emulator-password' -Reason 'testing' -Force

        $request = Get-EmulatorRequest | Select-Object -Last 1
        $request.method | Should -Be 'POST'
        $request.path | Should -Be '/3/account/me/delete.json'
        $request.query | Should -Not -Match 'password'
    }
}
