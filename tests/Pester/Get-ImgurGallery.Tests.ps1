BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurGallery' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'writes gallery images and gallery albums told apart by IsAlbum' {
        $items = Get-ImgurGallery

        $items.Count | Should -BeGreaterThan 10
        $images = $items | Where-Object { $_ -is [ImgurPS.Models.ImgurGalleryImage] }
        $albums = $items | Where-Object { $_ -is [ImgurPS.Models.ImgurGalleryAlbum] }
        $images | Should -Not -BeNullOrEmpty
        $albums | Should -Not -BeNullOrEmpty
        $albums.IsAlbum | Should -Not -Contain $false
        $images.IsAlbum | Should -Not -Contain $true
        $items.Id | Should -Not -Contain $null
    }

    It 'always sends the full path and only the switches given' {
        $null = Get-ImgurGallery -Section top -Sort top -Window week -Page 1 -Mature

        $request = Get-EmulatorRequest | Select-Object -Last 1
        $request.path | Should -Be '/3/gallery/top/top/week/1.json'
        $request.query | Should -Match 'mature=true'
        $request.query | Should -Not -Match 'showViral'
    }

    It 'sends -ShowViral:$false as showViral=false' {
        $null = Get-ImgurGallery -Section user -Sort rising -ShowViral:$false
        (Get-EmulatorRequest | Select-Object -Last 1).query | Should -Match 'showViral=false'
    }

    It 'gives other items on another page and nothing past the end' {
        $first = Get-ImgurGallery -Page 0
        $second = Get-ImgurGallery -Page 1
        Compare-Object $first.Id $second.Id -IncludeEqual -ExcludeDifferent | Should -BeNullOrEmpty
        Get-ImgurGallery -Page 999 | Should -BeNullOrEmpty
    }

    It 'walks every page with -All, streaming: Select-Object -First 3 makes one request' {
        $null = Get-ImgurGallery -All | Select-Object -First 3
        @(Get-EmulatorRequest) | Should -HaveCount 1

        Clear-EmulatorRequest
        $everything = Get-ImgurGallery -All
        $pages = @(Get-EmulatorRequest)
        $pages.Count | Should -BeGreaterThan 2
        $pages[-1].path | Should -Be "/3/gallery/hot/viral/day/$($pages.Count - 1).json"
        ($everything.Id | Sort-Object -Unique).Count | Should -Be $everything.Count
    }

    It 'stops asking for pages when Ctrl+C arrives between them' {
        # The second page is slow, so the stop lands while -All waits for it.
        Add-EmulatorFault -Path '^/3/gallery/hot/viral/day/1$' -Kind delay -DelayMs 20000
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Get-ImgurGallery -All")
        $running = $shell.BeginInvoke()
        Start-Sleep -Milliseconds 1500

        $shell.Stop()
        Start-Sleep -Milliseconds 500

        $running.IsCompleted | Should -BeTrue
        # Page 1 was abandoned before its answer (so the log, written as answers start, lacks it); page 2 never asked.
        (Get-EmulatorRequest).path | Should -Be @('/3/gallery/hot/viral/day/0.json')
        $shell.Dispose()
    }

    It 'gives the same objects in the XML form' {
        $json = Get-ImgurGallery -Format Json -AlbumPreviews
        $xml = Get-ImgurGallery -Format Xml -AlbumPreviews

        $xml.Count | Should -Be $json.Count
        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/gallery/hot/viral/day/0.xml'
    }

    It 'carries rate limits that go down with each request' {
        $first = Get-ImgurGallery | Select-Object -First 1
        $second = Get-ImgurGallery | Select-Object -First 1

        $first.RateLimit | Should -BeOfType ImgurPS.Models.ImgurRateLimit
        $second.RateLimit.ClientRemaining | Should -Be ($first.RateLimit.ClientRemaining - 1)
        $second.RateLimit.UserRemaining | Should -Be ($first.RateLimit.UserRemaining - 1)
    }

    It 'refuses -Sort rising outside the user section before sending' {
        { Get-ImgurGallery -Section hot -Sort rising -ErrorAction Stop } | Should -Throw -ErrorId 'RisingNeedsUserSection*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes sections, sorts and windows on Tab' {
        $line = 'Get-ImgurGallery -Section '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('hot', 'top', 'user')
        $line = 'Get-ImgurGallery -Window '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'month'
    }
}
