BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

# '.' and '..' in a URL path mean the current and the parent route, escaped or not: sent, '..' as a tag name would
# down-vote the post itself. Each of these is an InvalidArgument error about the value given, and nothing is sent.
Describe 'Values that would change the route are refused before sending' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It '<Case>' -TestCases @(
        @{ Case = "Set-ImgurVote -TagName '..'"; Value = '..'; Call = { Set-ImgurVote -GalleryId abc1234 -TagName '..' -Vote down -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
        @{ Case = "Get-ImgurAccount -Username '..'"; Value = '..'; Call = { Get-ImgurAccount -Username '..' -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
        @{ Case = "Get-ImgurAccount -Username '.'"; Value = '.'; Call = { Get-ImgurAccount -Username '.' -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
        @{ Case = "Get-ImgurAccount -Username '%2e%2e'"; Value = '%2e%2e'; Call = { Get-ImgurAccount -Username '%2e%2e' -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
        @{ Case = "Invoke-ImgurRestMethod -Path '../x'"; Value = '../x'; Call = { Invoke-ImgurRestMethod -Path '../x' -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
        @{ Case = "Invoke-ImgurRestMethod -Path '%2e%2e/x'"; Value = '%2e%2e/x'; Call = { Invoke-ImgurRestMethod -Path '%2e%2e/x' -ErrorAction SilentlyContinue -ErrorVariable failure; $failure } }
    ) {
        $failure = @(& $Call)

        $failure | Should -HaveCount 1
        $failure[0] | Should -BeOfType System.Management.Automation.ErrorRecord
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurPathRefused,*'
        $failure[0].TargetObject | Should -BeExactly $Value
        $failure[0].Exception | Should -BeOfType ImgurPS.Client.ImgurPathException
        $failure[0].ToString() | Should -BeLike "*'$Value'*"
        $failure[0].ToString() | Should -Match 'Give '
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'the other names of the same command still go (one refused value does not stop the rest)' {
        $accounts = Get-ImgurAccount -Username '..', 'me' -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure | Should -HaveCount 1
        @($accounts) | Should -HaveCount 1
        (Get-EmulatorRequest).path | Should -Be '/3/account/me.json'
    }
}
