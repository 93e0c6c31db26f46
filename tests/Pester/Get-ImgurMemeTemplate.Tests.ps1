BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    # These tests read Imgur's errors as they come; retries are tested in Retry.Tests.ps1.
    Set-ImgurOption -MaxRetry 0
}

AfterAll { Set-ImgurOption -MaxRetry 3 }

Describe 'Get-ImgurMemeTemplate' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'writes the stock meme backgrounds as images' {
        $templates = Get-ImgurMemeTemplate

        $templates | Should -Not -BeNullOrEmpty
        $templates | Should -BeOfType ImgurPS.Models.ImgurImage
        $templates.Id | Should -Not -Contain $null
        (Get-EmulatorRequest).path | Should -Be '/3/memegen/defaults.json'
    }

    It 'gives the same objects in the XML form' {
        $json = Get-ImgurMemeTemplate -Format Json
        $xml = Get-ImgurMemeTemplate -Format Xml
        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
    }

    It 'reports a failure as an error' {
        Add-EmulatorFault -Path '^/3/memegen/defaults$' -Kind status -Status 503 -Message 'Over capacity'
        Get-ImgurMemeTemplate -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
    }
}
