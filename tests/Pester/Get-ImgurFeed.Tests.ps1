BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    # These tests read Imgur's errors as they come; retries are tested in Retry.Tests.ps1.
    Set-ImgurOption -MaxRetry 0
}

AfterAll { Set-ImgurOption -MaxRetry 3 }

Describe 'Get-ImgurFeed' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'writes the feed as gallery items, like the gallery cmdlets, that pipe on by GalleryId' {
        $feed = Get-ImgurFeed

        (Get-EmulatorRequest).path | Should -Be '/3/feed.json'
        # The seeded user follows cats and nature, so the feed has posts.
        $feed | Should -Not -BeNullOrEmpty
        foreach ($entry in $feed) {
            $entry | Should -BeOfType ImgurPS.Models.IImgurGalleryItem
            $entry.GalleryId | Should -Not -BeNullOrEmpty
            $entry.RateLimit | Should -Not -BeNullOrEmpty -Because 'every answer carries its rate limits'
        }
        ($feed | Select-Object -First 1 | Get-ImgurGalleryItem).Id | Should -Be $feed[0].Id
    }

    It 'writes the same items in the XML form' {
        $json = Get-ImgurFeed
        $xml = Get-ImgurFeed -Format Xml

        $xml | Should -HaveCount $json.Count
        $xml | ForEach-Object { $_ | Should -BeOfType ImgurPS.Models.IImgurGalleryItem }
        $xml.Id | Should -Be $json.Id
    }

    It 'asks for the XML form with -Format Xml' {
        $null = Get-ImgurFeed -Format Xml
        (Get-EmulatorRequest).path | Should -Be '/3/feed.xml'
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurFeed -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports a failure as an error' {
        Add-EmulatorFault -Path '^/3/feed$' -Kind status -Status 500 -Message 'Injected'
        Get-ImgurFeed -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurServerError,*'
    }
}
