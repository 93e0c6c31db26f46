BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # These tests read Imgur's errors as they come; retries are tested in Retry.Tests.ps1.
    Set-ImgurOption -MaxRetry 0
}

AfterAll { Set-ImgurOption -MaxRetry 3 }

Describe 'Test-ImgurConnection' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'says the signed-in session''s token is valid and whose it is' {
        $status = Test-ImgurConnection

        $status | Should -BeOfType ImgurPS.Models.ImgurTokenStatus
        $status.IsValid | Should -BeTrue
        $status.AccountUsername | Should -Be (Get-EmulatorCredential).username
        $status.AccountId | Should -Be (Get-EmulatorCredential).accountId
        $status.Message | Should -BeNullOrEmpty
        $request = Get-EmulatorRequest
        $request.path | Should -Be '/oauth2/secret'
        $request.auth | Should -Be 'bearer'
    }

    It 'writes only $true with -Quiet' {
        Test-ImgurConnection -Quiet | Should -BeExactly $true
    }

    It 'says a refused token is invalid, with Imgur''s reason, instead of failing' {
        # A token that expires after connecting: the emulator refuses it the way Imgur does.
        Add-EmulatorFault -Path '^/oauth2/secret$' -Kind status -Status 403 -Message 'The access token provided is invalid.' -Times 2

        $status = Test-ImgurConnection -ErrorVariable failure

        $failure | Should -BeNullOrEmpty
        $status.IsValid | Should -BeFalse
        $status.Message | Should -Match 'invalid'
        Test-ImgurConnection -Quiet | Should -BeExactly $false
    }

    It 'reads the XML form' {
        (Test-ImgurConnection -Format Xml).IsValid | Should -BeTrue
    }

    It 'needs a signed-in session, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Test-ImgurConnection -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports other failures as errors' {
        Add-EmulatorFault -Path '^/oauth2/secret$' -Kind status -Status 500 -Message 'Injected'
        Test-ImgurConnection -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurServerError,*'
    }
}
